package io.falbench.mode.fairfal;

import io.falbench.model.Predictions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * FairFAL step 2-3: the class-balanced probe set (each locally present class upsampled with replacement to the
 * largest class's size) and a model's mean softmax over it.
 */
public final class ProbeSet {

    private ProbeSet() {
    }

    /** Positions into the labelled set: every sample of each class, then draws with replacement up to the largest. */
    public static int[] positions(int[] labels, int numClasses, SplittableRandom random) {
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < numClasses; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            byClass.get(labels[i]).add(i);
        }
        int largest = byClass.stream().mapToInt(List::size).max().orElse(0);
        List<Integer> probe = new ArrayList<>();
        for (List<Integer> members : byClass) {
            if (members.isEmpty()) {
                continue;
            }
            probe.addAll(members);
            for (int extra = members.size(); extra < largest; extra++) {
                probe.add(members.get(random.nextInt(members.size())));
            }
        }
        return probe.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Mean softmax of {@code predictions} (rows of the labelled set) over the probe positions. */
    public static double[] meanSoftmax(Predictions predictions, int[] probe) {
        double[] mean = new double[predictions.numClasses()];
        for (int row : probe) {
            for (int c = 0; c < mean.length; c++) {
                mean[c] += predictions.probability(row, c);
            }
        }
        for (int c = 0; c < mean.length; c++) {
            mean[c] /= Math.max(1, probe.length);
        }
        return mean;
    }
}
