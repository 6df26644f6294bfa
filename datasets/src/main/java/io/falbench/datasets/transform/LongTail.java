package io.falbench.datasets.transform;

import io.falbench.datasets.image.ImageSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Long-tailed subsampling (Cao et al. 2019, LDAM; Cui et al. 2019): class i keeps
 * n_i = floor(n_max * (1/rho)^(i/(C-1))) samples, chosen by a seeded shuffle of its indices.
 * Applied to training sets only; test sets stay balanced.
 */
public final class LongTail {

    private LongTail() {
    }

    /** Samples kept per class for a largest class of {@code maxPerClass}, {@code numClasses} classes and ratio rho. */
    public static int[] counts(int maxPerClass, int numClasses, double imbalanceRatio) {
        if (imbalanceRatio < 1) {
            throw new IllegalArgumentException("imbalance ratio rho must be >= 1, got " + imbalanceRatio);
        }
        int[] counts = new int[numClasses];
        for (int i = 0; i < numClasses; i++) {
            double exponent = numClasses == 1 ? 0 : (double) i / (numClasses - 1);
            counts[i] = (int) Math.floor(maxPerClass * Math.pow(1.0 / imbalanceRatio, exponent));
        }
        return counts;
    }

    /** The long-tailed subset of {@code set} (n_max = the largest class's size), indices in ascending order. */
    public static ImageSet apply(ImageSet set, int numClasses, double imbalanceRatio, long seed) {
        return set.subset(indices(set.labels(), numClasses, imbalanceRatio, seed));
    }

    public static int[] indices(int[] labels, int numClasses, double imbalanceRatio, long seed) {
        List<List<Integer>> byClass = ClassIndex.byClass(labels, numClasses);
        int maxPerClass = byClass.stream().mapToInt(List::size).max().orElse(0);
        int[] keep = counts(maxPerClass, numClasses, imbalanceRatio);
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> chosen = new ArrayList<>();
        for (int c = 0; c < numClasses; c++) {
            List<Integer> members = new ArrayList<>(byClass.get(c));
            Shuffle.shuffle(members, random.split());
            chosen.addAll(members.subList(0, Math.min(keep[c], members.size())));
        }
        int[] out = chosen.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }

    /**
     * A second long-tailed draw {@code second} laid over the first, {@code kept}: position p of the result holds an
     * image of the class of position p, taken from {@code second}'s members of that class in an order shuffled by
     * {@code random}. FairFAL's code builds its training and query sets as two such draws, each in its own shuffled
     * order, so even a class kept whole holds another image at almost every position (replayed by a quirk).
     */
    public static int[] pairByClass(int[] labels, int[] kept, int[] second, int numClasses, SplittableRandom random) {
        List<List<Integer>> secondByClass = new ArrayList<>();
        for (int c = 0; c < numClasses; c++) {
            secondByClass.add(new ArrayList<>());
        }
        for (int index : second) {
            secondByClass.get(labels[index]).add(index);
        }
        for (List<Integer> members : secondByClass) {
            Shuffle.shuffle(members, random.split());
        }
        int[] rank = new int[numClasses];
        int[] paired = new int[kept.length];
        for (int p = 0; p < kept.length; p++) {
            int c = labels[kept[p]];
            List<Integer> members = secondByClass.get(c);
            if (rank[c] >= members.size()) {
                throw new IllegalArgumentException("the second draw holds " + members.size() + " images of class " + c
                        + ", the first more");
            }
            paired[p] = members.get(rank[c]++);
        }
        return paired;
    }
}
