package io.falbench.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository's tree as its documents see it: the root, the documents, the top-level names a path starts with. */
final class Repository {

    /** Tests run in a module's folder; the repository root is the one above it. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private Repository() {}

    /** README.md, every Markdown file under docs/, and the README.md of every committed result. */
    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(ROOT.resolve("README.md"));
        documents.addAll(markdownUnder(ROOT.resolve("docs")));
        documents.addAll(markdownUnder(ROOT.resolve("reports/results")).stream()
                .filter(p -> p.getFileName().toString().equals("README.md")).toList());
        return documents;
    }

    /** Every .md file under a folder, sorted. */
    static List<Path> markdownUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** The names at the repository's top level (modules, docs, scripts, README.md, pom.xml, .ci). */
    static List<String> topLevelNames() throws IOException {
        try (Stream<Path> entries = Files.list(ROOT)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".git")).sorted().toList();
        }
    }

    /** A path as the documents write it: relative to the root, with forward slashes. */
    static String relative(Path path) {
        return ROOT.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
