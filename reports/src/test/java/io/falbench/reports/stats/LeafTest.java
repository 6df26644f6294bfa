package io.falbench.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The statistics package is a leaf: it names no other falbench package, so any module can use it. */
class LeafTest {

    @Test
    void noMainSourceNamesAnotherFalbenchPackage() throws IOException {
        Path sources = Path.of("src/main/java/io/falbench/reports/stats");
        List<Path> files;
        try (Stream<Path> list = Files.list(sources)) {
            files = list.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : files) {
            assertThat(Files.readString(file).replace("io.falbench.reports.stats", ""))
                    .as(file.toString()).doesNotContain("io.falbench");
        }
    }
}
