package io.falbench.reports.stats;

/**
 * Paired differences (one per seed) checked once for every test here, with their mean and sample standard deviation
 * (two-pass; exactly 0 when every difference is the same number).
 */
final class Differences {

    private Differences() {
    }

    /** The differences, unchanged, after checking there is at least {@code least} of them and each is finite. */
    static double[] require(double[] differences, int least, String test) {
        if (differences == null || differences.length < least) {
            throw new IllegalArgumentException(test + " needs at least " + least + " paired difference"
                    + (least == 1 ? "" : "s") + " (one per seed), got "
                    + (differences == null ? "none" : differences.length) + ": run more seeds of both arms");
        }
        for (int i = 0; i < differences.length; i++) {
            if (!Double.isFinite(differences[i])) {
                throw new IllegalArgumentException(test + ": paired difference " + i + " is " + differences[i]
                        + "; every seed needs a finite metric on both arms (leave a failed seed out of both)");
            }
        }
        return differences;
    }

    /** The mean; exactly the common value when every difference is the same number. */
    static double mean(double[] d) {
        if (allEqual(d)) {
            return d[0];
        }
        double sum = 0;
        for (double v : d) {
            sum += v;
        }
        return sum / d.length;
    }

    /** The sample standard deviation (n - 1 in the denominator); 0 for one value or identical values. */
    static double sd(double[] d, double mean) {
        if (d.length < 2 || allEqual(d)) {
            return 0;
        }
        double squares = 0;
        double deviations = 0;
        for (double v : d) {
            squares += (v - mean) * (v - mean);
            deviations += v - mean;
        }
        return Math.sqrt((squares - deviations * deviations / d.length) / (d.length - 1));
    }

    private static boolean allEqual(double[] d) {
        for (double v : d) {
            if (v != d[0]) {
                return false;
            }
        }
        return true;
    }
}
