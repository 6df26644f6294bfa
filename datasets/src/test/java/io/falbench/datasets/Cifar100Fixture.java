package io.falbench.datasets;

import io.falbench.datasets.format.CifarBinaryReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A small CIFAR-100 binary archive in the publisher's layout, for tests (no registry serves the real one):
 * {@code cifar-100-binary/} holding {@code train.bin}, {@code test.bin} (records of a coarse label byte, a fine label
 * byte and 3,072 pixel bytes) and the two label-name files, gzip-compressed tar. Record r of a file has fine label
 * r % 100, coarse label (r % 100) / 5 and pixel byte p equal to {@link #pixel}(r, p).
 */
public final class Cifar100Fixture {

    public static final int RECORD_BYTES = CifarBinaryReader.Layout.CIFAR100_FINE.recordBytes();

    private Cifar100Fixture() {
    }

    public static int pixel(int record, int position) {
        return (record * 7 + position * 13) & 0xff;
    }

    /** {@code count} records, every class in turn. */
    public static byte[] records(int count) {
        byte[] content = new byte[count * RECORD_BYTES];
        for (int r = 0; r < count; r++) {
            int offset = r * RECORD_BYTES;
            content[offset] = (byte) ((r % 100) / 5);
            content[offset + 1] = (byte) (r % 100);
            for (int p = 0; p < CifarBinaryReader.IMAGE_BYTES; p++) {
                content[offset + 2 + p] = (byte) pixel(r, p);
            }
        }
        return content;
    }

    /** Writes {@code cifar-100-binary.tar.gz} into {@code dir}. */
    public static Path archive(Path dir, byte[] train, byte[] test) throws IOException {
        Path archive = dir.resolve("cifar-100-binary.tar.gz");
        try (OutputStream file = Files.newOutputStream(archive);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(file))) {
            add(tar, "cifar-100-binary/coarse_label_names.txt", "aquatic_mammals\nfish\n".getBytes(StandardCharsets.UTF_8));
            add(tar, "cifar-100-binary/fine_label_names.txt",
                    String.join("\n", DatasetRegistry.CIFAR100.classNames()).getBytes(StandardCharsets.UTF_8));
            add(tar, "cifar-100-binary/test.bin", test);
            add(tar, "cifar-100-binary/train.bin", train);
        }
        return archive;
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    /** The registry's CIFAR-100 entry, with this fixture's files and archive in place of the publisher's. */
    public static DatasetSpec spec(byte[] train, byte[] test, Path archive) throws IOException {
        DatasetSpec real = DatasetRegistry.CIFAR100;
        return new DatasetSpec(real.name(), real.description(), real.format(), real.shape(), real.classNames(),
                List.of(new DataFile("train.bin", Sha256.of(train), train.length)),
                List.of(new DataFile("test.bin", Sha256.of(test), test.length)), real.sources(), real.licence())
                .aliases(real.aliases().toArray(String[]::new))
                .referenceNormalization(real.referenceNormalization())
                .archive(new DataFile(real.archive().orElseThrow().name(), Sha256.of(archive), Files.size(archive)));
    }
}
