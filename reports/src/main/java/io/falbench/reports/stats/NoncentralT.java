package io.falbench.reports.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * The cumulative distribution of the noncentral t: P(T <= t) for T = (Z + ncp) / sqrt(V / df), Z standard normal, V
 * chi-square with df degrees of freedom. Algorithm AS 243 (Lenth 1989): the twin Poisson-weighted series of
 * incomplete beta functions (Guenther 1978), summed until its error bound is below 1e-12; for t < 0 by
 * P(T <= t; ncp) = 1 - P(T <= -t; -ncp). Where exp(-ncp^2 / 2) underflows (|ncp| > 37.62) the normal approximation
 * of Abramowitz and Stegun 26.7.10, as R's pnt does; it is then only used where the answer is 0 or 1 to many digits.
 */
final class NoncentralT {

    private static final double ERROR_BOUND = 1e-15;
    private static final int MAX_TERMS = 1000;
    private static final double LARGEST_NCP = 37.62;

    private NoncentralT() {
    }

    static double cdf(double t, double df, double ncp) {
        if (!(df > 0) || !Double.isFinite(ncp) || Double.isNaN(t)) {
            throw new IllegalArgumentException("the noncentral t needs df > 0 and finite t and ncp, got t " + t
                    + ", df " + df + ", ncp " + ncp);
        }
        if (ncp == 0) {
            return new TDistribution(null, df).cumulativeProbability(t);
        }
        if (Double.isInfinite(t)) {
            return t > 0 ? 1 : 0;
        }
        boolean negative = t < 0;
        double tt = negative ? -t : t;
        double del = negative ? -ncp : ncp;
        double p;
        if (Math.abs(del) > LARGEST_NCP) {
            double s = 1 / (4 * df);
            p = normalCdf((tt * (1 - s) - del) / Math.sqrt(1 + tt * tt * 2 * s));
        } else {
            p = Math.min(1, series(tt, df, del) + normalCdf(-del));
        }
        return negative ? 1 - p : p;
    }

    /** The twin series for t >= 0: P(T <= t) - Phi(-del). */
    private static double series(double t, double df, double del) {
        double x = t * t / (t * t + df);
        double oneMinusX = df / (t * t + df);
        if (x <= 0) {
            return 0;
        }
        double lambda = del * del;
        double p = 0.5 * Math.exp(-0.5 * lambda);
        double q = Math.sqrt(2 / Math.PI) * p * del;
        double s = 0.5 - p;
        if (s < 1e-7) {
            s = -0.5 * Math.expm1(-0.5 * lambda);
        }
        double a = 0.5;
        double b = 0.5 * df;
        double rxb = Math.pow(oneMinusX, b);
        double logBeta = 0.5 * Math.log(Math.PI) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
        double xOdd = Beta.regularizedBeta(x, a, b);
        double gOdd = 2 * rxb * Math.exp(a * Math.log(x) - logBeta);
        double xEven = -Math.expm1(b * Math.log(oneMinusX));
        double gEven = b * x * rxb;
        double sum = p * xOdd + q * xEven;
        for (int k = 1; k <= MAX_TERMS; k++) {
            a += 1;
            xOdd -= gOdd;
            xEven -= gEven;
            gOdd *= x * (a + b - 1) / a;
            gEven *= x * (a + b - 0.5) / (a + 0.5);
            p *= lambda / (2 * k);
            q *= lambda / (2 * k + 1);
            sum += p * xOdd + q * xEven;
            s -= p;
            if (s <= 0 && k > 1 || Math.abs(2 * s * (xOdd - gOdd)) < ERROR_BOUND) {
                return sum;
            }
        }
        throw new ArithmeticException("the noncentral t series did not converge in " + MAX_TERMS + " terms (t " + t
                + ", df " + df + ", ncp " + del + ")");
    }

    private static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }
}
