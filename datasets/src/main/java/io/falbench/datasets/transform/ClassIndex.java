package io.falbench.datasets.transform;

import java.util.ArrayList;
import java.util.List;

/** Sample indices grouped by class label, each group in ascending order. */
public final class ClassIndex {

    private ClassIndex() {
    }

    public static List<List<Integer>> byClass(int[] labels, int numClasses) {
        List<List<Integer>> groups = new ArrayList<>(numClasses);
        for (int c = 0; c < numClasses; c++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("label " + labels[i] + " at index " + i
                        + " outside [0, " + numClasses + ")");
            }
            groups.get(labels[i]).add(i);
        }
        return groups;
    }
}
