package io.falbench.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.model.Predictions;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TypiClustSamplingTest {

    private static final Kernels JAVA = KernelsRegistry.create("java");

    /** Dense A around 0 degrees (candidates 0-7, two labelled samples among them), dense B around 90 (8-16), sparse C (17-22). */
    private static QueryInput twoDenseOneSparse() {
        double[] a = Circle.around(0, -6, -3, -2, -1, 1, 3, 4, 7);
        double[] b = Circle.around(90, -8, -4, -2, -1, 0, 1, 2, 4, 8);
        double[] c = {200, 226, 240, 250, 263, 290};
        return Circle.input(Circle.at(Circle.concat(a, b, c)), Circle.at(-0.5, 0.5));
    }

    @Test
    void picksTheTypicalCentreOfTheLargestClusterWithoutLabelsFirst() {
        // k = 2 labelled + 1 = 3 clusters: A (two labels), B (none, 9), C (none, 6). B's centre has the closest 4
        // neighbours (1, 1, 2, 2 degrees apart).
        assertThat(new TypiClustSampling(JAVA).select(twoDenseOneSparse(), 1, new SplittableRandom(1)))
                .containsExactly(12);
    }

    @Test
    void thenTheNextLargestClusterWithoutLabels() {
        // A fourth group D around 150 degrees (candidates 23-29), k = 2 + 2 = 4: B (9) before D (7) before C (6).
        // D's most typical is -2 (2, 4, 5 degrees to its 3 nearest, against 0's 2, 3, 6).
        double[] a = Circle.around(0, -6, -3, -2, -1, 1, 3, 4, 7);
        double[] b = Circle.around(90, -8, -4, -2, -1, 0, 1, 2, 4, 8);
        double[] c = {200, 226, 240, 250, 263, 290};
        double[] d = Circle.around(150, -9, -6, -2, 0, 3, 7, 12);
        QueryInput input = Circle.input(Circle.at(Circle.concat(a, b, c, d)), Circle.at(-0.5, 0.5));
        assertThat(new TypiClustSampling(JAVA).select(input, 2, new SplittableRandom(1))).containsExactly(12, 25);
    }

    @Test
    void theNormOfAnEmbeddingDoesNotMatterOnlyItsDirection() {
        QueryInput input = twoDenseOneSparse();
        float[] scaled = input.predictions().embeddings().clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= 1 + (i / 2) % 7 * 3;
        }
        Predictions p = input.predictions();
        QueryInput rescaled = new QueryInput(input.candidates(), new Predictions(p.probabilities(), scaled, p.size(),
                p.numClasses(), p.embeddingDimension()), input.labelled(), input.labelledPredictions(),
                input.labelledLabels());
        TypiClustSampling typiclust = new TypiClustSampling(JAVA);
        assertThat(typiclust.select(rescaled, 3, new SplittableRandom(1)))
                .containsExactly(typiclust.select(input, 3, new SplittableRandom(1)));
    }

    @Test
    void clustersAreVisitedFewestLabelsFirstThenLargestAndSpentClustersGiveWayToSmallOnes() {
        // Row 0 labelled in cluster 0 (8 rows); cluster 1: 7 rows; cluster 2: 9 rows; cluster 3: 3 rows (too small).
        int[] clusters = new int[27];
        for (int row = 0; row < 27; row++) {
            clusters[row] = row < 8 ? 0 : row < 15 ? 1 : row < 24 ? 2 : 3;
        }
        NormalisedPool pool = new NormalisedPool(Geometry.unit(new Embeddings(27, 2,
                embeddingsAt(IntStream.range(0, 27).mapToDouble(row -> row * 7.0).toArray()))), 1);
        int[] first = new TypiClustSampling(JAVA).pick(pool, clusters, 4, 3);
        assertThat(clusterOf(first, clusters)).containsExactly(2, 1, 0);

        int[] all = new TypiClustSampling(JAVA).pick(pool, clusters, 4, 26);
        assertThat(all).containsExactlyInAnyOrder(IntStream.range(0, 26).toArray());
        int[] expected = new int[26];
        for (int p = 0; p < 21; p++) {
            expected[p] = new int[] {2, 1, 0}[p % 3];
        }
        Arrays.fill(expected, 21, 23, 2);
        Arrays.fill(expected, 23, 26, 3);
        assertThat(clusterOf(all, clusters)).containsExactly(expected);
    }

    @Test
    void typicalityIsTheInverseMeanSquaredDistanceToTheNearestOthers() {
        Embeddings line = new Embeddings(4, 1, new float[] {0, 1, 3, 7});
        // k = 1: 1, 1, 4, 16; k = 2: (1 + 9) / 2, (1 + 4) / 2, (4 + 9) / 2, (16 + 36) / 2.
        assertThat(Typicality.scores(JAVA, line, 1)).containsExactly(new double[] {1 / (1 + 1e-5), 1 / (1 + 1e-5),
                1 / (4 + 1e-5), 1 / (16 + 1e-5)}, within(1e-6));
        assertThat(Typicality.scores(JAVA, line, 2)).containsExactly(new double[] {1 / (5 + 1e-5), 1 / (2.5 + 1e-5),
                1 / (6.5 + 1e-5), 1 / (26 + 1e-5)}, within(1e-6));
        assertThat(Typicality.scores(JAVA, line, 0)).containsOnly(0.0);
    }

    @Test
    void neverPicksALabelledSampleEvenWhereTheLabelledAreTheMostTypical() {
        // The labelled samples sit in the middle of the only dense group: read as candidates they would win.
        Predictions labelled = Circle.at(Circle.around(45, -0.2, 0, 0.2));
        Predictions candidates = Circle.at(Circle.concat(Circle.around(45, -3, -2, -1, 1, 2, 3),
                new double[] {150, 200, 250, 300}));
        int[] picks = new TypiClustSampling(JAVA).select(Circle.input(candidates, labelled), 4,
                new SplittableRandom(2));
        assertThat(picks).hasSize(4).doesNotHaveDuplicates();
        assertThat(Toy.boxed(picks)).allSatisfy(i -> assertThat(i).isBetween(0, 9));
    }

    @Test
    void aBudgetAtOrAboveThePoolTakesEveryCandidateAndTheSameSeedTheSamePicks() {
        QueryInput input = twoDenseOneSparse();
        TypiClustSampling typiclust = new TypiClustSampling(JAVA);
        assertThat(typiclust.select(input, 23, new SplittableRandom(5))).containsExactly(IntStream.range(0, 23)
                .toArray());
        assertThat(typiclust.select(input, 40, new SplittableRandom(5))).hasSize(23).doesNotHaveDuplicates();
        assertThat(typiclust.select(input, 0, new SplittableRandom(5))).isEmpty();
        for (int budget : new int[] {5, 17, 22}) {
            int[] picks = typiclust.select(input, budget, new SplittableRandom(8));
            assertThat(picks).hasSize(budget).doesNotHaveDuplicates();
            assertThat(typiclust.select(input, budget, new SplittableRandom(8))).containsExactly(picks);
        }
    }

    private static float[] embeddingsAt(double[] degrees) {
        float[] out = new float[degrees.length * 2];
        for (int i = 0; i < degrees.length; i++) {
            out[2 * i] = (float) Math.cos(Math.toRadians(degrees[i]));
            out[2 * i + 1] = (float) Math.sin(Math.toRadians(degrees[i]));
        }
        return out;
    }

    /** The cluster of each pick (picks are candidate positions: pool row = position + 1 labelled row). */
    private static int[] clusterOf(int[] picks, int[] clusters) {
        return Arrays.stream(picks).map(p -> clusters[p + 1]).toArray();
    }
}
