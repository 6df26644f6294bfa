package io.falbench.mode;

import static io.falbench.strategy.SklearnKMeansTest.POINTS;
import static io.falbench.strategy.SklearnKMeansTest.embeddings;
import static io.falbench.strategy.SklearnKMeansTest.isBest;
import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.kernels.Kernels;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.model.Predictions;
import io.falbench.strategy.SklearnKMeans;
import io.falbench.strategy.Toy;
import org.junit.jupiter.api.Test;

/** LoGo's logo.kmeans switch: scikit-learn's KMeans (the reference) or falbench's single Lloyd run. */
class LogoKMeansTest {

    private final Kernels kernels = KernelsRegistry.create("java");

    @Test
    void logoKMeansSwitchesBetweenScikitLearnsKMeansAndFalbenchsSingleRun() {
        float[][] probabilities = new float[POINTS.length][];
        float[][] halved = new float[POINTS.length][];
        for (int i = 0; i < POINTS.length; i++) {
            probabilities[i] = new float[] {0.5f, 0.5f};
            halved[i] = new float[] {POINTS[i][0] / 2, POINTS[i][1] / 2};
        }
        // (1 - p_yhat) h = h / 2
        Predictions local = Toy.predictions(probabilities, POINTS);
        int falbenchShort = 0;
        for (long seed = 0; seed < 30; seed++) {
            int[] sklearn = new LogoQuery(kernels, true, true).clusters(local, 3, seed);
            assertThat(sklearn).containsExactly(new SklearnKMeans(kernels).fit(embeddings(halved), 3, seed).labels());
            assertThat(isBest(sklearn)).isTrue();
            falbenchShort += isBest(new LogoQuery(kernels, false, true).clusters(local, 3, seed)) ? 0 : 1;
        }
        assertThat(falbenchShort).isPositive();
    }
}
