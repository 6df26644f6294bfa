package io.falbench.data;

import java.util.BitSet;

/**
 * The labelling oracle: it holds the true labels and reveals one per query. Asking twice for the same
 * sample is a bug in the caller (a sample labelled twice wastes budget) and fails loudly.
 */
public final class Oracle {

    private final int[] trueLabels;
    private final BitSet revealed;
    private int queries;

    public Oracle(int[] trueLabels) {
        this.trueLabels = trueLabels.clone();
        this.revealed = new BitSet(trueLabels.length);
    }

    public int label(int sample) {
        if (revealed.get(sample)) {
            throw new IllegalStateException("sample " + sample + " was already labelled by the oracle");
        }
        revealed.set(sample);
        queries++;
        return trueLabels[sample];
    }

    public int queries() {
        return queries;
    }

    public boolean isRevealed(int sample) {
        return revealed.get(sample);
    }
}
