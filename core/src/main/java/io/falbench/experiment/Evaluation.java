package io.falbench.experiment;

import io.falbench.datasets.image.ImageSet;
import io.falbench.model.Augmentation;
import io.falbench.model.Network;
import io.falbench.model.Weights;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Test-set evaluation of one model (the federated one) or of several (each client's own, for the client-alone bound:
 * metrics averaged over clients, accuracy spread their standard deviation).
 */
public record Evaluation(Metrics metrics, double accuracySpread) {

    public static Evaluation of(Network network, ImageSet test, int numClasses, List<Weights> models) {
        int[] all = IntStream.range(0, test.size()).toArray();
        double accuracy = 0;
        double balanced = 0;
        double f1 = 0;
        double[] accuracies = new double[models.size()];
        for (int m = 0; m < models.size(); m++) {
            network.setWeights(models.get(m));
            Metrics metrics = Metrics.of(test.labels(), network.predictedClasses(test, all, Augmentation.NONE, null), numClasses);
            accuracies[m] = metrics.accuracy();
            accuracy += metrics.accuracy();
            balanced += metrics.balancedAccuracy();
            f1 += metrics.macroF1();
        }
        int n = models.size();
        double mean = accuracy / n;
        double variance = 0;
        for (double a : accuracies) {
            variance += (a - mean) * (a - mean);
        }
        double spread = n < 2 ? 0 : Math.sqrt(variance / (n - 1));
        return new Evaluation(new Metrics(mean, balanced / n, f1 / n), spread);
    }
}
