package io.falbench.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.datasets.ChannelStatistics;
import io.falbench.datasets.DataFile;
import io.falbench.datasets.Dataset;
import io.falbench.datasets.DatasetFormat;
import io.falbench.datasets.DatasetLoader;
import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.DatasetSpec;
import io.falbench.datasets.DatasetVerifier;
import io.falbench.datasets.ImageShape;
import io.falbench.datasets.fetch.HttpGzipFiles;
import io.falbench.datasets.format.IdxWriter;
import io.falbench.datasets.image.ImageSet;
import io.falbench.model.Normalization;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The toy data set of docs/extending.md ("A data set"), declared as there: its files verify against the declared
 * SHA-256 and load with the declared shape, its alias resolves, and its constants reach the networks' normalisation.
 */
class StripesDataSetTest {

    // as in docs/extending.md
    static final DatasetSpec STRIPES = new DatasetSpec(
            "stripes",
            "toy: 4x4 grey images of horizontal or vertical stripes, 4 train / 2 test",
            DatasetFormat.IDX, new ImageShape(1, 4, 4), List.of("horizontal", "vertical"),
            List.of(new DataFile("train-images-idx3-ubyte",
                            "eda033a37ed1c7501c0014e72880a859cc8a13a1d3a6057c13396356bdda6e08", 16 + 4 * 16),
                    new DataFile("train-labels-idx1-ubyte",
                            "e8c4024c5fead8f1549f28d878635165d3977d701038b1e9afec237eb11aba53", 8 + 4)),
            List.of(new DataFile("t10k-images-idx3-ubyte",
                            "bfdbc92ba76e684751d534fab65e0d487de6b7e45aafa04105876ff7622e6a33", 16 + 2 * 16),
                    new DataFile("t10k-labels-idx1-ubyte",
                            "5c66aba3a762e749fce01733b324ea216dc02bd55e9854993e97fdb137383831", 8 + 2)),
            List.of(new HttpGzipFiles("https://example.org/stripes/")),
            "CC0")
            .aliases("bars")
            .referenceNormalization(new ChannelStatistics(new float[] {0.5f}, new float[] {0.5f}));

    @TempDir
    Path dataDir;

    /** Images of 4x4 stripes: class 0 lights rows, class 1 columns, starting at row or column {@code offset}. */
    static ImageSet stripes(int[] labels, int[] offsets) {
        float[] pixels = new float[labels.length * 16];
        for (int i = 0; i < labels.length; i++) {
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 4; x++) {
                    int across = labels[i] == 0 ? y : x;
                    pixels[i * 16 + y * 4 + x] = (across - offsets[i]) % 2 == 0 ? 1f : 0f;
                }
            }
        }
        return new ImageSet(pixels, labels, 1, 4, 4);
    }

    private void write(String name, ImageSet set, boolean images) throws IOException {
        Path file = STRIPES.directory(dataDir).resolve(name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            if (images) {
                IdxWriter.writeImages(set, out);
            } else {
                IdxWriter.writeLabels(set, out);
            }
        }
    }

    @Test
    void itsFilesVerifyAndLoadWithTheDeclaredShapeAndClasses() throws IOException {
        ImageSet train = stripes(new int[] {0, 1, 0, 1}, new int[] {0, 0, 1, 1});
        ImageSet test = stripes(new int[] {1, 0}, new int[] {1, 0});
        write("train-images-idx3-ubyte", train, true);
        write("train-labels-idx1-ubyte", train, false);
        write("t10k-images-idx3-ubyte", test, true);
        write("t10k-labels-idx1-ubyte", test, false);
        assertThat(DatasetVerifier.allOk(DatasetVerifier.verify(STRIPES, dataDir))).isTrue();
        Dataset stripes = DatasetLoader.loadVerified(STRIPES, dataDir, line -> { });
        assertThat(new ImageShape(stripes.train().channels(), stripes.train().height(), stripes.train().width()))
                .isEqualTo(STRIPES.shape());
        assertThat(stripes.train().labels()).containsExactly(0, 1, 0, 1);
        assertThat(stripes.test().pixels()).containsExactly(test.pixels());
        assertThat(stripes.numClasses()).isEqualTo(2);
    }

    @Test
    void itAnswersToItsAliasBesideTheShippedDataSets() {
        List<DatasetSpec> specs = new ArrayList<>(DatasetRegistry.all());
        specs.add(STRIPES);
        assertThat(DataSets.of(specs).factory("BARS")).isSameAs(STRIPES);
        assertThat(DataSets.of(specs).canonical("bars")).isEqualTo("stripes");
    }

    @Test
    void itsConstantsMapWhiteToOneAndBlackToMinusOne() {
        float[] pixels = {1f, 0f};
        Normalization.of(STRIPES.referenceNormalization()).apply(pixels, STRIPES.shape().channels(), 2);
        assertThat(pixels).containsExactly(1f, -1f);
    }
}
