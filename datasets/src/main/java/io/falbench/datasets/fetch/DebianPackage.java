package io.falbench.datasets.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fallback: a Debian package that ships the files, fetched with {@code apt-get download NAME} and
 * unpacked with {@code dpkg-deb --fsys-tarfile} (nothing is installed).
 */
public record DebianPackage(String packageName) implements DatasetSource {

    private static final String HINT = "this fallback needs Debian's apt-get and dpkg-deb";

    @Override
    public String describe() {
        return "Debian package " + packageName;
    }

    @Override
    public boolean canonical() {
        return false;
    }

    @Override
    public void fetch(FetchRequest request) throws IOException {
        Path dir = Files.createDirectories(request.workDir().resolve("deb"));
        request.log().accept("  apt-get download " + packageName);
        try {
            Commands.run(List.of("apt-get", "download", packageName), dir, HINT);
        } catch (IOException first) {
            request.log().accept("  apt-get download failed (" + first.getMessage() + "); running apt-get update once");
            Commands.run(List.of("apt-get", "update"), dir, HINT);
            Commands.run(List.of("apt-get", "download", packageName), dir, HINT);
        }
        Path deb = null;
        try (DirectoryStream<Path> debs = Files.newDirectoryStream(dir, packageName + "_*.deb")) {
            for (Path p : debs) {
                deb = p;
            }
        }
        if (deb == null) {
            throw new IOException("apt-get download " + packageName + " produced no .deb in " + dir);
        }
        Process unpack = new ProcessBuilder("dpkg-deb", "--fsys-tarfile", deb.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (InputStream tar = unpack.getInputStream()) {
            request.acceptTar(tar, "Debian package " + packageName + " (" + deb.getFileName() + ")",
                    "check that 'apt-get download " + packageName + "' and 'dpkg-deb --fsys-tarfile' work here,"
                            + " or fetch from the canonical source");
        } finally {
            unpack.destroy();
            Files.deleteIfExists(deb);
        }
    }
}
