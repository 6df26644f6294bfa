package io.falbench.mode.ifal;

/**
 * Otsu's threshold as IFAL takes it (chenchenzong/IFAL {@code query_strategies/fal/ifal.py} at 39c3989, lines 128 and
 * 149: {@code skimage.filters.threshold_otsu(U.reshape(-1, 1))}, scikit-image unpinned; read in 0.19.3,
 * scikit-image/scikit-image {@code skimage/filters/thresholding.py} at c1af2bf, lines 312-381, with
 * {@code skimage/exposure/exposure.py} {@code _histogram} and NumPy's {@code histogram}): all values equal, that
 * value; otherwise a histogram of 256 equal bins from the minimum to the maximum (edges i x (max - min) / 256 + min,
 * the last the maximum; a value falls in the bin whose left edge it reaches, the maximum in the last), and the centre
 * of the first bin i that maximises w1(i) w2(i + 1) (m1(i) - m2(i + 1))^2, w1 and m1 the count and mean bin centre of
 * bins 0..i, w2 and m2 of bins i+1..255 (Otsu, IEEE SMC 1979). The sums run in bin order, as NumPy's cumsum.
 */
final class Otsu {

    static final int BINS = 256;

    private Otsu() {
    }

    static double threshold(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("Otsu's threshold needs at least one value");
        }
        double min = values[0];
        double max = values[0];
        boolean equal = true;
        for (double v : values) {
            equal &= v == values[0];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (equal) {
            return values[0];
        }
        double[] edges = new double[BINS + 1];
        double step = (max - min) / BINS;
        for (int i = 0; i < BINS; i++) {
            edges[i] = i * step + min;
        }
        edges[BINS] = max;
        double[] counts = new double[BINS];
        double norm = BINS / (max - min);
        for (double v : values) {
            counts[bin(v, min, norm, edges)]++;
        }
        double[] centres = new double[BINS];
        for (int i = 0; i < BINS; i++) {
            centres[i] = (edges[i] + edges[i + 1]) / 2;
        }
        double[] weight1 = new double[BINS];
        double[] mean1 = new double[BINS];
        double weight = 0;
        double moment = 0;
        for (int i = 0; i < BINS; i++) {
            weight += counts[i];
            moment += counts[i] * centres[i];
            weight1[i] = weight;
            mean1[i] = moment / weight;
        }
        double[] weight2 = new double[BINS];
        double[] mean2 = new double[BINS];
        weight = 0;
        moment = 0;
        for (int i = BINS - 1; i >= 0; i--) {
            weight += counts[i];
            moment += counts[i] * centres[i];
            weight2[i] = weight;
            mean2[i] = moment / weight;
        }
        int best = 0;
        double bestVariance = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < BINS - 1; i++) {
            double difference = mean1[i] - mean2[i + 1];
            double variance = weight1[i] * weight2[i + 1] * (difference * difference);
            if (variance > bestVariance) {
                best = i;
                bestVariance = variance;
            }
        }
        return centres[best];
    }

    /**
     * The bin of {@code v} as NumPy's {@code histogram} finds it: floor((v - min) x norm), the maximum into the last
     * bin, then moved by one where the edges say otherwise, so that edges[i] <= v < edges[i + 1] (the last bin closed).
     */
    static int bin(double v, double min, double norm, double[] edges) {
        int i = (int) ((v - min) * norm);
        if (i == BINS) {
            i--;
        }
        if (v < edges[i]) {
            i--;
        }
        if (i != BINS - 1 && v >= edges[i + 1]) {
            i++;
        }
        return i;
    }
}
