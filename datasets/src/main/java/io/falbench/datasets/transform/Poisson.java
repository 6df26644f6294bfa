package io.falbench.datasets.transform;

import java.util.SplittableRandom;

/**
 * Poisson variates: Knuth's product method for small means, Hormann's transformed rejection with
 * squeeze (PTRS, Insurance: Mathematics and Economics 1993) for means of 10 and above.
 */
final class Poisson {

    private Poisson() {
    }

    static long sample(double mean, SplittableRandom random) {
        if (mean <= 0) {
            return 0;
        }
        return mean < 10 ? knuth(mean, random) : ptrs(mean, random);
    }

    private static long knuth(double mean, SplittableRandom random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    private static long ptrs(double mean, SplittableRandom random) {
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * Math.sqrt(mean);
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            double lhs = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
            double rhs = -mean + k * logMean - logFactorial(k);
            if (lhs <= rhs) {
                return k;
            }
        }
    }

    private static double logFactorial(long k) {
        if (k < 10) {
            double f = 1;
            for (long i = 2; i <= k; i++) {
                f *= i;
            }
            return Math.log(f);
        }
        double x = k + 1.0;
        // Stirling series for log Gamma(x)
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI)
                + 1.0 / (12 * x) - 1.0 / (360 * x * x * x);
    }
}
