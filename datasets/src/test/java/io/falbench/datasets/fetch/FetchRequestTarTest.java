package io.falbench.datasets.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.datasets.DatasetFetcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FetchRequest#acceptTar}: the tar members a source unpacks (npm tarball, Debian data tar, CIFAR-10 .tar.gz). */
class FetchRequestTarTest {

    @TempDir
    Path dir;

    private Path tar(String format, String flags, String name) throws Exception {
        Path archive = dir.resolve(name);
        Process tar = new ProcessBuilder("tar", "--format=" + format, flags, archive.toString(), "-C",
                dir.resolve("src").toString(), ".").inheritIO().start();
        assertThat(tar.waitFor()).isZero();
        return archive;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gnu", "pax", "ustar"})
    void wantedMembersAreExtractedByBaseNameAndGzipMembersDecompressed(String format) throws Exception {
        // 144 characters of folders: a GNU long name, a pax path record or a ustar prefix, by format
        Path src = Files.createDirectories(dir.resolve("src/" + "deep-folder-name/".repeat(8)));
        Files.writeString(src.resolve("a.bin"), "alpha");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(src.resolve("b.bin.gz")))) {
            out.write("beta".getBytes());
        }
        Files.writeString(src.resolve("ignored.txt"), "x");
        Files.createSymbolicLink(dir.resolve("src/c.bin"), Path.of("deep-folder-name/ignored.txt"));
        Path archive = tar(format, "-czf", "archive.tar.gz");

        Path target = dir.resolve("out");
        FetchRequest request = new FetchRequest(Set.of("a.bin", "b.bin", "c.bin"), target, dir, line -> { });
        Set<String> written;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
            written = request.acceptTar(in, "archive.tar.gz", "fetch again");
        }
        // c.bin is a symbolic link, not a regular member: not extracted
        assertThat(written).containsExactlyInAnyOrder("a.bin", "b.bin");
        assertThat(Files.readString(target.resolve("a.bin"))).isEqualTo("alpha");
        assertThat(Files.readString(target.resolve("b.bin"))).isEqualTo("beta");
        assertThat(target.resolve("ignored.txt")).doesNotExist();
        try (var listing = Files.list(target)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.bin", "b.bin");
        }
    }

    @Test
    void aTruncatedArchiveNamesTheArchiveTheMemberAndTheFix() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        byte[] body = new byte[20_000];
        Arrays.fill(body, (byte) 7);
        Files.write(src.resolve("a.bin"), body);
        byte[] whole = Files.readAllBytes(tar("gnu", "-cf", "archive.tar"));
        FetchRequest request = new FetchRequest(Set.of("a.bin"), dir.resolve("out"), dir, line -> { });

        // cut inside a.bin's body
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> request.acceptTar(new ByteArrayInputStream(cut), "npm package x@1 (x-1.tgz)", "fetch again"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("npm package x@1 (x-1.tgz): ")
                .hasMessageContaining("a.bin")
                .hasMessageEndingWith("; fetch again");
        assertThat(dir.resolve("out/a.bin")).doesNotExist();

        // cut inside the first header
        byte[] header = Arrays.copyOf(whole, 300);
        assertThatThrownBy(() -> request.acceptTar(new ByteArrayInputStream(header), "archive.tar", "fetch again"))
                .isInstanceOf(IOException.class)
                .hasMessage("archive.tar: not a readable tar archive (the archive ends inside a header record); fetch again");

        // a header that is not one
        byte[] garbage = new byte[1024];
        Arrays.fill(garbage, (byte) 'z');
        assertThatThrownBy(() -> request.acceptTar(new ByteArrayInputStream(garbage), "archive.tar", "fetch again"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("archive.tar: not a readable tar archive (")
                .hasMessageEndingWith("; fetch again");
    }

    @Test
    void anEmptyStreamHoldsNoMembers() throws IOException {
        FetchRequest request = new FetchRequest(Set.of("a.bin"), dir.resolve("out"), dir, line -> { });
        assertThat(request.acceptTar(new ByteArrayInputStream(new byte[0]), "empty.tar", "fetch again")).isEmpty();
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
