package io.falbench.mode.fairfal;

import io.falbench.model.Predictions;

/**
 * FairFAL steps 7-8: per client, the prototype of each locally present class is the mean of the L2-normalised
 * penultimate global-model features of its labelled samples (never aggregated); an unlabelled sample's pseudo-label
 * is the present class of highest cosine similarity.
 */
public final class Prototypes {

    private final float[][] prototypes;

    private Prototypes(float[][] prototypes) {
        this.prototypes = prototypes;
    }

    public static Prototypes of(Predictions labelled, int[] labels, int numClasses) {
        int d = labelled.embeddingDimension();
        float[][] sums = new float[numClasses][];
        for (int i = 0; i < labels.length; i++) {
            float[] row = normalised(labelled.embeddings(), i * d, d);
            if (sums[labels[i]] == null) {
                sums[labels[i]] = new float[d];
            }
            for (int j = 0; j < d; j++) {
                sums[labels[i]][j] += row[j];
            }
        }
        for (float[] sum : sums) {
            if (sum != null) {
                normaliseInPlace(sum);
            }
        }
        return new Prototypes(sums);
    }

    public boolean present(int c) {
        return prototypes[c] != null;
    }

    /** Argmax cosine similarity over the present classes; -1 when no class is present. */
    public int[] pseudoLabels(Predictions candidates) {
        int d = candidates.embeddingDimension();
        int[] labels = new int[candidates.size()];
        for (int i = 0; i < labels.length; i++) {
            float[] row = normalised(candidates.embeddings(), i * d, d);
            int best = -1;
            double bestSimilarity = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < prototypes.length; c++) {
                if (prototypes[c] == null) {
                    continue;
                }
                double similarity = 0;
                for (int j = 0; j < d; j++) {
                    similarity += row[j] * prototypes[c][j];
                }
                if (similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    best = c;
                }
            }
            labels[i] = best;
        }
        return labels;
    }

    private static float[] normalised(float[] values, int offset, int d) {
        float[] row = java.util.Arrays.copyOfRange(values, offset, offset + d);
        normaliseInPlace(row);
        return row;
    }

    private static void normaliseInPlace(float[] row) {
        double norm = 0;
        for (float v : row) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= norm;
            }
        }
    }
}
