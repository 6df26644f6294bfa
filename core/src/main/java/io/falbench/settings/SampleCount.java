package io.falbench.settings;

/**
 * A number of samples: absolute ({@code 850}) or a percentage of the training set ({@code 5%}), resolved as FairFAL
 * does: the training-set size rounded to hundreds, times the fraction ({@code 5%} of 17,023 -> 850).
 */
public record SampleCount(double value, boolean percent) {

    public static SampleCount parse(String text) {
        String trimmed = text.strip();
        if (trimmed.endsWith("%")) {
            double p = Double.parseDouble(trimmed.substring(0, trimmed.length() - 1).strip());
            if (!(p > 0 && p <= 100)) {
                throw new IllegalArgumentException("a percentage must be in (0, 100]");
            }
            return new SampleCount(p, true);
        }
        int n = Integer.parseInt(trimmed);
        if (n < 0) {
            throw new IllegalArgumentException("a sample count cannot be negative");
        }
        return new SampleCount(n, false);
    }

    /** The count for a training set of {@code trainingSetSize} samples. */
    public int of(int trainingSetSize) {
        if (!percent) {
            return (int) value;
        }
        long roundedSize = Math.round(trainingSetSize / 100.0) * 100;
        return (int) Math.round(roundedSize * value / 100.0);
    }

    @Override
    public String toString() {
        return percent ? value + "%" : Integer.toString((int) value);
    }
}
