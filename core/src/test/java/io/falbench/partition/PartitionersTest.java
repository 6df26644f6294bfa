package io.falbench.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.datasets.Dataset;
import io.falbench.datasets.DatasetLoader;
import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.image.ImageSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartitionersTest {

    @TempDir
    static Path dataDir;

    static ImageSet train;

    @BeforeAll
    static void load() throws IOException {
        Dataset mini = DatasetLoader.loadVerified(DatasetRegistry.MNIST_MINI, dataDir, line -> { });
        train = mini.train();
    }

    private static Partition split(String spec, int clients, long seed) {
        return Partitioners.parse(spec).split(train, 10, clients, new SplittableRandom(seed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"homogeneous", "dirichlet:0.1", "dirichlet:100", "dir-balance:0.1", "dir-balance:100",
            "dir-balance-logo:0.1", "dir-balance-logo:100", "kmeans"})
    void everySampleGoesToExactlyOneClientAndTheSameSeedGivesTheSameSplit(String spec) {
        Partition first = split(spec, 10, 5);
        first.requireCovers(train.size());
        Partition again = split(spec, 10, 5);
        for (int k = 0; k < 10; k++) {
            assertThat(again.client(k)).containsExactly(first.client(k));
        }
        assertThat(Arrays.deepEquals(split(spec, 10, 6).clientIndices(), first.clientIndices())).isFalse();
    }

    @Test
    void homogeneousClientsHoldTheGlobalClassMixWithinOneSample() {
        Partition p = split("homogeneous", 7, 1);
        int[] global = train.classHistogram(10);
        int[][] counts = p.classCounts(train.labels(), 10);
        for (int[] client : counts) {
            for (int c = 0; c < 10; c++) {
                assertThat(Math.abs(client[c] - global[c] / 7.0)).isLessThanOrEqualTo(1.0);
            }
        }
        assertThat(Arrays.stream(p.sizes()).max().getAsInt() - Arrays.stream(p.sizes()).min().getAsInt()).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1.0, 100})
    void balancedDirichletClientsHoldEqualSizesWithinOne(double alpha) {
        Partition p = split("dir-balance:" + alpha, 10, 3);
        int[] sizes = p.sizes();
        assertThat(Arrays.stream(sizes).max().getAsInt() - Arrays.stream(sizes).min().getAsInt()).isLessThanOrEqualTo(1);
        assertThat(Arrays.stream(sizes).sum()).isEqualTo(train.size());
    }

    @Test
    void smallAlphaSkewsTheLabelMixAndLargeAlphaDoesNot() {
        assertThat(meanLargestClassShare(split("dir-balance:0.1", 10, 2))).isGreaterThan(0.45);
        assertThat(meanLargestClassShare(split("dir-balance:100", 10, 2))).isLessThan(0.2);
        assertThat(meanLargestClassShare(split("dirichlet:0.1", 10, 2))).isGreaterThan(0.45);
        assertThat(meanLargestClassShare(split("dir-balance-logo:0.1", 10, 2))).isGreaterThan(0.45);
        assertThat(meanLargestClassShare(split("dir-balance-logo:100", 10, 2))).isLessThan(0.2);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1.0, 100})
    void logosBalancedDirichletKeepsEveryClientAtMostTheCeilingOfNOverK(double alpha) {
        int[] sizes = split("dir-balance-logo:" + alpha, 10, 3).sizes();
        assertThat(Arrays.stream(sizes).sum()).isEqualTo(train.size());
        if (alpha < 10) {
            assertThat(Arrays.stream(sizes).max().getAsInt()).isLessThanOrEqualTo((train.size() + 9) / 10);
        }
    }

    @Test
    void dirichletClientsHoldAtLeastTenSamples() {
        assertThat(Arrays.stream(split("dirichlet:0.1", 20, 9).sizes()).min().getAsInt()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theKMeansSplitGivesEveryClientACommonSupportShareAndUnequalClusters() {
        Partition p = split("kmeans", 5, 4);
        int[] sizes = p.sizes();
        assertThat(Arrays.stream(sizes).min().getAsInt()).isGreaterThanOrEqualTo((int) (0.2 * train.size() / 5) - 1);
        assertThat(Arrays.stream(sizes).max().getAsInt() - Arrays.stream(sizes).min().getAsInt()).isGreaterThan(20);
    }

    @Test
    void unknownOrIncompleteSpecsAreClearErrors() {
        assertThatThrownBy(() -> Partitioners.parse("shards")).hasMessageContaining("unknown partition 'shards'");
        assertThatThrownBy(() -> Partitioners.parse("dirichlet")).hasMessageContaining("needs a positive alpha");
    }

    private static double meanLargestClassShare(Partition p) {
        int[][] counts = p.classCounts(train.labels(), 10);
        double sum = 0;
        for (int[] client : counts) {
            int total = Arrays.stream(client).sum();
            sum += (double) Arrays.stream(client).max().getAsInt() / total;
        }
        return sum / counts.length;
    }

    @Test
    void balancedDirichletRebalancesLargestDeficitFirstFromTheLargestSurplusAsTheReference() {
        // 3 clients, 2 classes, 7 samples: quotas 3, 2, 2; client 0 holds 6 (surplus 3), client 1 one (deficit 1),
        // client 2 none (deficit 2). Class 0 can give only 1: the reference order hands it to client 2 (largest
        // deficit), then class 1 fills both; client-index order hands it to client 1 instead.
        int[][] reference = {{1, 5}, {1, 0}, {0, 0}};
        BalancedDirichlet.rebalanceLargestFirst(reference, 7);
        assertThat(reference).isDeepEqualTo(new int[][] {{0, 3}, {1, 1}, {1, 1}});
        int[][] byIndex = {{1, 5}, {1, 0}, {0, 0}};
        BalancedDirichlet.rebalance(byIndex, 7);
        assertThat(byIndex).isDeepEqualTo(new int[][] {{0, 3}, {2, 0}, {0, 2}});
    }

    @Test
    void aFilePartitionGivesEachClientItsListedIndicesForEverySeed(@TempDir Path dir) throws IOException {
        int n = train.size();
        StringBuilder json = new StringBuilder("[[");
        for (int i = 0; i < n; i++) {
            json.append(i).append(i == n / 3 ? "], [" : i == n - 1 ? "]]" : ", ");
        }
        Path file = dir.resolve("split.json");
        java.nio.file.Files.writeString(file, json);
        Partition p = Partitioners.parse("file:" + file).split(train, 10, 2, new SplittableRandom(1));
        assertThat(p.client(0)).hasSize(n / 3 + 1).startsWith(0, 1, 2);
        assertThat(p.client(1)).hasSize(n - n / 3 - 1).endsWith(n - 1);
        assertThat(Partitioners.parse("file:" + file).split(train, 10, 2, new SplittableRandom(9)).clientIndices())
                .isDeepEqualTo(p.clientIndices());
    }

    @Test
    void aBadPartitionFileIsAClearError(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> Partitioners.parse("file:" + dir.resolve("none.json")))
                .hasMessageContaining("does not exist");
        Path text = dir.resolve("bad.json");
        java.nio.file.Files.writeString(text, "{\"a\": 1}");
        assertThatThrownBy(() -> Partitioners.parse("file:" + text)).hasMessageContaining("not a JSON list");
        Path short_ = dir.resolve("short.json");
        java.nio.file.Files.writeString(short_, "[[0, 1], [2]]");
        assertThatThrownBy(() -> Partitioners.parse("file:" + short_).split(train, 10, 3, new SplittableRandom(1)))
                .hasMessageContaining("lists 2 clients");
        assertThatThrownBy(() -> Partitioners.parse("file:" + short_).split(train, 10, 2, new SplittableRandom(1)))
                .hasMessageContaining("does not fit the training set");
    }

    @Test
    void aClassCountsPartitionGivesEachClientExactlyTheFilesCountsAndShufflesWhichSamplesBySeed(@TempDir Path dir)
            throws IOException {
        int[][] counts = split("dir-balance:0.1", 4, 3).classCounts(train.labels(), 10);
        Path file = dir.resolve("counts.json");
        java.nio.file.Files.writeString(file, new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(counts));
        Partition p = Partitioners.parse("class-counts:" + file).split(train, 10, 4, new SplittableRandom(1));
        p.requireCovers(train.size());
        assertThat(p.classCounts(train.labels(), 10)).isDeepEqualTo(counts);
        Partition again = Partitioners.parse("class-counts:" + file).split(train, 10, 4, new SplittableRandom(1));
        assertThat(again.clientIndices()).isDeepEqualTo(p.clientIndices());
        Partition other = Partitioners.parse("class-counts:" + file).split(train, 10, 4, new SplittableRandom(2));
        assertThat(other.classCounts(train.labels(), 10)).isDeepEqualTo(counts);
        assertThat(Arrays.deepEquals(other.clientIndices(), p.clientIndices())).isFalse();
    }

    @Test
    void aClassCountsFileThatDoesNotFitIsAClearError(@TempDir Path dir) throws IOException {
        int[][] counts = split("dir-balance:0.1", 2, 3).classCounts(train.labels(), 10);
        String good = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(counts);
        Path file = dir.resolve("counts.json");
        java.nio.file.Files.writeString(file, good);
        assertThatThrownBy(() -> Partitioners.parse("class-counts:" + file).split(train, 10, 3,
                new SplittableRandom(1))).hasMessageContaining("lists 2 clients");
        assertThatThrownBy(() -> Partitioners.parse("class-counts:" + file).split(train, 11, 2,
                new SplittableRandom(1))).hasMessageContaining("client 0 lists 10 classes");
        counts[0][3]++;
        java.nio.file.Files.writeString(file, new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(counts));
        assertThatThrownBy(() -> Partitioners.parse("class-counts:" + file).split(train, 10, 2,
                new SplittableRandom(1))).hasMessageContaining("class 3 sums to");
        java.nio.file.Files.writeString(file, "[[1, -2]]");
        assertThatThrownBy(() -> Partitioners.parse("class-counts:" + file))
                .hasMessageContaining("client 0, class 1 has a negative count -2");
        assertThatThrownBy(() -> Partitioners.parse("class-counts:")).hasMessageContaining("needs a path");
    }
}
