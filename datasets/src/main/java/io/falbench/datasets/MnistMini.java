package io.falbench.datasets;

import io.falbench.datasets.format.IdxWriter;
import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.StratifiedSample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The embedded MNIST subset: a seeded stratified sample of the verified full MNIST, written as gzip IDX
 * resources. {@code scripts/falbench datasets make-mini} reproduces it byte for byte (uncompressed).
 */
public final class MnistMini {

    public static final int TRAIN_SIZE = 4000;
    public static final int TEST_SIZE = 1000;
    public static final long SEED = 20260101L;

    static final String TRAIN_IMAGES_SHA256 =
            "0764a432e7478fdd9052198a8a7079f487ba092828db8f533f210eb96f09c530";
    static final String TRAIN_LABELS_SHA256 =
            "f5b062e6b83d0bca50240ffe07cbbbfe12504fb595744ee01cd72992310c242b";
    static final String TEST_IMAGES_SHA256 =
            "006f7e717e3bbeeb0b727be25958d5e69b3bd320ed58fcf030651fd6b1e5431c";
    static final String TEST_LABELS_SHA256 =
            "7c30ea45511f479449a075e0baca31fd60e01a8bd68d88539f177db383692faf";

    private MnistMini() {
    }

    /**
     * Writes the four gzip IDX files of the subset of {@code mnist} into {@code outputDir};
     * returns the SHA-256 of each file's uncompressed content, by file name.
     */
    public static Map<String, String> make(Dataset mnist, Path outputDir) throws IOException {
        ImageSet train = mnist.train().subset(
                StratifiedSample.indices(mnist.train().labels(), mnist.numClasses(), TRAIN_SIZE, SEED));
        ImageSet test = mnist.test().subset(
                StratifiedSample.indices(mnist.test().labels(), mnist.numClasses(), TEST_SIZE, SEED + 1));
        Files.createDirectories(outputDir);
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("train-images-idx3-ubyte", write(outputDir, "train-images-idx3-ubyte", train, true));
        hashes.put("train-labels-idx1-ubyte", write(outputDir, "train-labels-idx1-ubyte", train, false));
        hashes.put("t10k-images-idx3-ubyte", write(outputDir, "t10k-images-idx3-ubyte", test, true));
        hashes.put("t10k-labels-idx1-ubyte", write(outputDir, "t10k-labels-idx1-ubyte", test, false));
        return hashes;
    }

    private static String write(Path dir, String name, ImageSet set, boolean images) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        if (images) {
            IdxWriter.writeImages(set, content);
        } else {
            IdxWriter.writeLabels(set, content);
        }
        byte[] bytes = content.toByteArray();
        Path temp = Files.createTempFile(dir, "." + name, ".part");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp))) {
            out.write(bytes);
        }
        Files.move(temp, dir.resolve(name + ".gz"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        return Sha256.of(bytes);
    }
}
