package io.falbench.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every Java type declared in any module's src/main/java or src/test/java, by simple name, read as source text: a
 * top-level type by its file, a nested one by its declaration.
 */
final class JavaSources {

    /** A type's declaring file (relative to the root, forward slashes) and that file's text. */
    record Declaration(String file, String text) {}

    private static final Pattern NESTED = Pattern.compile(
            "\\b(?:class|interface|enum|record|@interface)\\s+([A-Z][A-Za-z0-9_]*)");

    private final Map<String, List<Declaration>> bySimpleName = new HashMap<>();

    private JavaSources() {}

    static JavaSources read() throws IOException {
        JavaSources sources = new JavaSources();
        try (Stream<Path> modules = Files.list(Repository.ROOT)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                for (String tree : List.of("src/main/java", "src/test/java")) {
                    Path root = module.resolve(tree);
                    if (Files.isDirectory(root)) {
                        sources.add(root);
                    }
                }
            }
        }
        return sources;
    }

    private void add(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file);
                Declaration declaration = new Declaration(Repository.relative(file), text);
                String name = file.getFileName().toString().replace(".java", "");
                declare(name, declaration);
                Matcher nested = NESTED.matcher(text);
                while (nested.find()) {
                    if (!nested.group(1).equals(name)) {
                        declare(nested.group(1), declaration);
                    }
                }
            }
        }
    }

    private void declare(String name, Declaration declaration) {
        List<Declaration> list = bySimpleName.computeIfAbsent(name, n -> new ArrayList<>());
        if (!list.contains(declaration)) {
            list.add(declaration);
        }
    }

    /** The files declaring a type of this simple name. */
    List<Declaration> named(String simpleName) {
        return bySimpleName.getOrDefault(simpleName, List.of());
    }

    /**
     * The files declaring a type of this simple name whose path ends with the given package folders
     * ("kernels/java", "io/falbench/fl"; empty: any), for a top-level type, or whose folder does so for a nested one.
     */
    List<Declaration> named(String simpleName, String packageSuffix) {
        if (packageSuffix.isEmpty()) {
            return named(simpleName);
        }
        String folder = "/" + packageSuffix + "/";
        return named(simpleName).stream().filter(d -> d.file().contains(folder)
                && d.file().substring(d.file().lastIndexOf(folder) + folder.length()).indexOf('/') < 0).toList();
    }

    /** Whether a declaration's source text has the member name as a whole word. */
    static boolean mentionsMember(Declaration declaration, String member) {
        return Pattern.compile("\\b" + Pattern.quote(member) + "\\b").matcher(declaration.text()).find();
    }
}
