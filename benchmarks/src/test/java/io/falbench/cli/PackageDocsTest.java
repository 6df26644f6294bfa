package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PackageDocsTest {

    @Test
    void everyPackageOfEveryModuleSaysWhatItHoldsInAPackageInfo() throws IOException {
        Path root = Path.of("..");
        for (String module : List.of("datasets", "core", "reports", "benchmarks")) {
            Path sources = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> dirs = Files.walk(sources)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    boolean hasClasses;
                    try (Stream<Path> files = Files.list(dir)) {
                        hasClasses = files.anyMatch(f -> f.toString().endsWith(".java"));
                    }
                    if (hasClasses) {
                        assertThat(dir.resolve("package-info.java")).as("package-info of " + sources.relativize(dir))
                                .exists();
                    }
                }
            }
        }
    }

    @Test
    void nothingInTheRepositoryPointsAtAPathOutsideIt() throws IOException {
        Path root = Path.of("..");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/.git/")
                            && !f.toString().contains("/reports/runs/"))
                    .filter(f -> f.toString().matches(".*\\.(java|md|conf|sh|py|xml)$")).toList()) {
                String text = Files.readString(file);
                String outside = "shared" + "/"; // split so this test does not match itself
                assertThat(text).as(file.toString()).doesNotContain("../" + outside)
                        .doesNotContain(outside + "PROTOCOLS").doesNotContain(outside + "DESIGN");
            }
        }
    }
}
