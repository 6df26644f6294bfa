package io.falbench.protocol;

import io.falbench.registry.Entry;
import io.falbench.registry.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The protocols shipped with falbench: every {@code protocols/*.conf} resource, found by listing its folder. */
public final class ShippedProtocols {

    static final String FOLDER = "protocols";

    private static volatile Registry<String> registry;

    private ShippedProtocols() {
    }

    /** Name -> the protocol's text; each entry's description is its {@code description} line. */
    public static Registry<String> registry() {
        if (registry == null) {
            registry = new Registry<>("protocol", names().stream().map(ShippedProtocols::entry).toList());
        }
        return registry;
    }

    private static Entry<String> entry(String name) {
        String text = read(name);
        String description = ProtocolText.parse("falbench:/" + FOLDER + "/" + name + ".conf", text).values()
                .getOrDefault("description", new ProtocolText.Value("", "")).text();
        return Entry.of(name, description, text);
    }

    private static String read(String name) {
        try (InputStream in = ShippedProtocols.class.getResourceAsStream("/" + FOLDER + "/" + name + ".conf")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names() {
        URL url = ShippedProtocols.class.getResource("/" + FOLDER);
        if (url == null) {
            throw new IllegalStateException("no " + FOLDER + "/ folder on the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return list(jar.getPath("/" + FOLDER));
            }
            return list(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".conf"))
                    .map(n -> n.substring(0, n.length() - ".conf".length())).sorted().toList();
        }
    }
}
