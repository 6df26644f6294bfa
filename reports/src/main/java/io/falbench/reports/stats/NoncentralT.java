package io.falbench.reports.stats;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;

/**
 * The cumulative distribution of the noncentral t: P(T <= t) for T = (Z + ncp) / sqrt(V / df), Z standard normal, V
 * chi-square with df degrees of freedom. For t >= 0 it is Phi(-ncp) + 1/2 sum_j [P_j I_x(j + 1/2, df/2) + ncp /
 * sqrt(2) Q_j I_x(j + 1, df/2)], x = t^2 / (t^2 + df), P_j = e^-L L^j / j!, Q_j = e^-L L^j / Gamma(j + 3/2),
 * L = ncp^2 / 2 (Guenther 1978; Lenth 1989, AS 243), summed from the Poisson mode outward with the incomplete beta
 * functions by recurrence (Benton and Krishnamoorthy 2003), so a large ncp neither underflows nor needs an
 * approximation; each direction stops once a geometric bound of its remaining terms is below 1e-16 of the sum. For
 * t < 0, P(T <= t; ncp) = 1 - P(T <= -t; -ncp).
 */
final class NoncentralT {

    /** The largest |ncp| taken: its Poisson mode (ncp^2 / 2 = 8e8) still fits an int. */
    static final double MAX_NCP = 40_000;
    private static final double EPSILON = 1e-16;
    private static final double BETA_ACCURACY = 1e-15;
    /** Q_j / P_j = j! / Gamma(j + 3/2) is at most 1 / Gamma(3/2) = 1.128... */
    private static final double Q_OVER_P = 1.13;

    private NoncentralT() {
    }

    static double cdf(double t, double df, double ncp) {
        if (!(df > 0) || !(Math.abs(ncp) <= MAX_NCP) || Double.isNaN(t)) {
            throw new IllegalArgumentException("the noncentral t needs df > 0, |ncp| <= " + MAX_NCP + " and a t, got t "
                    + t + ", df " + df + ", ncp " + ncp);
        }
        if (ncp == 0) {
            return new TDistribution(null, df).cumulativeProbability(t);
        }
        if (Double.isInfinite(t)) {
            return t > 0 ? 1 : 0;
        }
        double p = t < 0 ? 1 - nonNegative(-t, df, -ncp) : nonNegative(t, df, ncp);
        return Math.max(0, Math.min(1, p));
    }

    /** P(T <= t) for t >= 0 and ncp != 0. */
    private static double nonNegative(double t, double df, double ncp) {
        double base = 0.5 * Erf.erfc(ncp / Math.sqrt(2));
        if (t == 0) {
            return base;
        }
        double x = t * t / (t * t + df);
        double y = df / (t * t + df);
        double logX = -Math.log1p(df / (t * t));
        double logY = Math.log(y);
        double b = df / 2;
        double lambda = ncp * ncp / 2;
        double c = ncp / Math.sqrt(2);
        int mode = (int) Math.floor(lambda);
        // the Poisson weight at the mode (Loader's saddle point, Commons Math); Q = P Gamma(j + 1) / Gamma(j + 3/2)
        double p0 = new PoissonDistribution(null, lambda, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).probability(mode);
        double q0 = p0 * Math.exp(Beta.logBeta(mode + 1.0, 0.5)) / Math.sqrt(Math.PI);
        // the incomplete betas at a = mode + 1/2 (P terms) and mode + 1 (Q terms), and the steps between a and a + 1:
        // I_x(a + 1, b) = I_x(a, b) - g(a), g(a) = x^a (1 - x)^b / (a B(a, b))
        double ip0 = regularizedBeta(x, y, mode + 0.5, b);
        double iq0 = regularizedBeta(x, y, mode + 1.0, b);
        double gp0 = step(logX, logY, mode + 0.5, b);
        double gq0 = step(logX, logY, mode + 1.0, b);
        double sum = p0 * ip0 + c * q0 * iq0;

        double p = p0;
        double q = q0;
        double ip = ip0;
        double iq = iq0;
        double gp = gp0;
        double gq = gq0;
        for (int j = mode + 1; ; j++) {
            ip -= gp;
            iq -= gq;
            gp *= x * (j - 0.5 + b) / (j + 0.5);
            gq *= x * (j + b) / (j + 1);
            p *= lambda / j;
            q *= lambda / (j + 0.5);
            sum += p * ip + c * q * iq;
            double ratio = lambda / (j + 1);
            double rest = p * ratio / (1 - ratio) * (Math.max(ip, 0) + Q_OVER_P * Math.abs(c) * Math.max(iq, 0));
            if (rest <= EPSILON * (Math.abs(sum) + base) + Double.MIN_NORMAL) {
                break;
            }
        }
        p = p0;
        q = q0;
        ip = ip0;
        iq = iq0;
        gp = gp0;
        gq = gq0;
        for (int j = mode - 1; j >= 0; j--) {
            gp *= (j + 1.5) / (x * (j + 0.5 + b));
            gq *= (j + 2) / (x * (j + 1 + b));
            ip += gp;
            iq += gq;
            p *= (j + 1) / lambda;
            q *= (j + 1.5) / lambda;
            sum += p * ip + c * q * iq;
            double ratio = j / lambda;
            double rest = p * ratio / (1 - ratio) * (1 + Q_OVER_P * Math.abs(c));
            if (rest <= EPSILON * (Math.abs(sum) + base) + Double.MIN_NORMAL) {
                break;
            }
        }
        return base + 0.5 * sum;
    }

    /** g(a) = x^a (1 - x)^b / (a B(a, b)), from logs. */
    private static double step(double logX, double logY, double a, double b) {
        return Math.exp(a * logX + b * logY - Math.log(a) - Beta.logBeta(a, b));
    }

    /** I_x(a, b), from the side that keeps its precision (y = 1 - x given separately, exact). */
    private static double regularizedBeta(double x, double y, double a, double b) {
        return x <= (a + 1) / (a + b + 2) ? Beta.regularizedBeta(x, a, b, BETA_ACCURACY)
                : 1 - Beta.regularizedBeta(y, b, a, BETA_ACCURACY);
    }
}
