package io.falbench.datasets.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarStreamTest {

    @TempDir
    Path dir;

    @Test
    void wantedMembersAreExtractedByBaseNameAndGzipMembersDecompressed() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/" + "deep-folder-name/".repeat(8)));
        Files.writeString(src.resolve("a.bin"), "alpha");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(src.resolve("b.bin.gz")))) {
            out.write("beta".getBytes());
        }
        Files.writeString(src.resolve("ignored.txt"), "x");
        Path archive = dir.resolve("archive.tar.gz");
        Process tar = new ProcessBuilder("tar", "--format=gnu", "-czf", archive.toString(), "-C", dir.resolve("src").toString(), ".")
                .inheritIO().start();
        assertThat(tar.waitFor()).isZero();

        Path target = dir.resolve("out");
        FetchRequest request = new FetchRequest(Set.of("a.bin", "b.bin"), target, dir, line -> { });
        Set<String> written;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
            written = TarStream.extract(in, request, "archive.tar.gz");
        }
        assertThat(written).containsExactlyInAnyOrder("a.bin", "b.bin");
        assertThat(Files.readString(target.resolve("a.bin"))).isEqualTo("alpha");
        assertThat(Files.readString(target.resolve("b.bin"))).isEqualTo("beta");
        assertThat(target.resolve("ignored.txt")).doesNotExist();
        try (var listing = Files.list(target)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.bin", "b.bin");
        }
    }

    @Test
    void aFetchOfAnAlreadyVerifiedDataSetDoesNothing() throws IOException {
        // the embedded subset is a real source with no network: fetch twice, the second finds everything verified
        var log = new java.util.ArrayList<String>();
        var fetcher = new DatasetFetcher(log::add);
        fetcher.fetch(io.falbench.datasets.DatasetRegistry.MNIST_MINI, dir, true);
        log.clear();
        fetcher.fetch(io.falbench.datasets.DatasetRegistry.MNIST_MINI, dir, true);
        assertThat(log).containsExactly("mnist-mini: all 4 files present and verified");
    }
}
