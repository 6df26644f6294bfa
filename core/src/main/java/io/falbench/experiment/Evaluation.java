package io.falbench.experiment;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fl.ClientWorkers;
import io.falbench.model.Augmentation;
import io.falbench.model.Network;
import io.falbench.model.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Test-set evaluation of one model (the federated one) or of several (each client's own, for the client-alone bound:
 * metrics averaged over clients, accuracy spread their standard deviation). With several client workers the test set
 * is split at inference-batch boundaries and each worker predicts one part on one libtorch thread: the same batches
 * as one network would form, so the same predictions (EvaluationTest), about 1.2-1.4x sooner on 2 cores than one pass
 * on two threads.
 */
public record Evaluation(Metrics metrics, double accuracySpread) {

    public static Evaluation of(Network network, ImageSet test, int numClasses, List<Weights> models) {
        return of(network, test, numClasses, models, ClientWorkers.sequential());
    }

    /** As above, the test set's predictions split over {@code workers}. */
    public static Evaluation of(Network network, ImageSet test, int numClasses, List<Weights> models,
                                ClientWorkers workers) {
        double accuracy = 0;
        double balanced = 0;
        double f1 = 0;
        double[] accuracies = new double[models.size()];
        for (int m = 0; m < models.size(); m++) {
            Metrics metrics = Metrics.of(test.labels(), predictedClasses(network, test, models.get(m), workers),
                    numClasses);
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

    /**
     * The classes {@code model} predicts for every test image, in parts of whole inference batches, one per worker;
     * {@code network} ends holding {@code model}, as after one pass on it.
     */
    static int[] predictedClasses(Network network, ImageSet test, Weights model, ClientWorkers workers) {
        int n = test.size();
        int part = Network.batchAlignedPart(n, workers.size());
        List<Function<Network, int[]>> jobs = new ArrayList<>();
        for (int start = 0; start < n; start += part) {
            int[] indices = IntStream.range(start, Math.min(n, start + part)).toArray();
            jobs.add(replica -> {
                replica.setWeights(model);
                return replica.predictedClasses(test, indices, Augmentation.NONE, null);
            });
        }
        int[] classes = new int[n];
        int at = 0;
        for (int[] predicted : workers.map(network, jobs)) {
            System.arraycopy(predicted, 0, classes, at, predicted.length);
            at += predicted.length;
        }
        if (workers.size() > 1) {
            network.setWeights(model);
        }
        return classes;
    }
}
