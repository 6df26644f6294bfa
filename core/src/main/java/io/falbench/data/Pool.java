package io.falbench.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One client's active-learning pools over the training-set indices it holds: labelled and unlabelled,
 * always disjoint and together the client's whole share. A sample moves from unlabelled to labelled once.
 */
public final class Pool {

    private final int[] indices;
    private final Map<Integer, Integer> position = new HashMap<>();
    private final boolean[] labelled;
    private int labelledCount;

    public Pool(int[] indices) {
        this.indices = indices.clone();
        this.labelled = new boolean[indices.length];
        for (int p = 0; p < indices.length; p++) {
            if (position.put(indices[p], p) != null) {
                throw new IllegalArgumentException("sample " + indices[p] + " appears twice in one client's share");
            }
        }
    }

    public int size() {
        return indices.length;
    }

    public int labelledCount() {
        return labelledCount;
    }

    public int unlabelledCount() {
        return indices.length - labelledCount;
    }

    public boolean contains(int sample) {
        return position.containsKey(sample);
    }

    public boolean isLabelled(int sample) {
        Integer p = position.get(sample);
        return p != null && labelled[p];
    }

    /** Moves {@code sample} to the labelled pool; refuses a sample it does not hold or already labelled. */
    public void markLabelled(int sample) {
        Integer p = position.get(sample);
        if (p == null) {
            throw new IllegalArgumentException("sample " + sample + " is not in this client's pool");
        }
        if (labelled[p]) {
            throw new IllegalStateException("sample " + sample + " is already labelled");
        }
        labelled[p] = true;
        labelledCount++;
    }

    /** All training-set indices this client holds, ascending. */
    public int[] all() {
        int[] copy = indices.clone();
        Arrays.sort(copy);
        return copy;
    }

    public int[] labelled() {
        return select(true);
    }

    public int[] unlabelled() {
        return select(false);
    }

    private int[] select(boolean wantLabelled) {
        int[] out = new int[wantLabelled ? labelledCount : indices.length - labelledCount];
        int j = 0;
        for (int p = 0; p < indices.length; p++) {
            if (labelled[p] == wantLabelled) {
                out[j++] = indices[p];
            }
        }
        Arrays.sort(out);
        return out;
    }
}
