package io.falbench.kernels.java;

import io.falbench.kernels.Uncertainty;

/** One row's uncertainty (margin, entropy / log C, least confidence), the java reference for {@link Uncertainty}. */
final class UncertaintyScores {

    private UncertaintyScores() {
    }

    static float score(float[] p, int offset, int classes, Uncertainty measure, double logClasses) {
        switch (measure) {
            case LEAST_CONFIDENCE: {
                float max = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < classes; c++) {
                    max = Math.max(max, p[offset + c]);
                }
                return 1f - max;
            }
            case MARGIN: {
                float first = Float.NEGATIVE_INFINITY;
                float second = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < classes; c++) {
                    float v = p[offset + c];
                    if (v > first) {
                        second = first;
                        first = v;
                    } else if (v > second) {
                        second = v;
                    }
                }
                return classes == 1 ? 0f : 1f - (first - second);
            }
            case ENTROPY: {
                double sum = 0;
                for (int c = 0; c < classes; c++) {
                    float v = p[offset + c];
                    if (v > 0) {
                        sum -= v * Math.log(v);
                    }
                }
                return classes == 1 ? 0f : (float) (sum / logClasses);
            }
            default:
                throw new IllegalArgumentException("unknown measure " + measure);
        }
    }
}
