package io.falbench.partition;

import io.falbench.runtime.Gaussian;
import java.util.SplittableRandom;

/** Symmetric Dirichlet draws from Gamma variates (Marsaglia and Tsang 2000; boosted for shape below one). */
final class Dirichlet {

    private Dirichlet() {
    }

    static double[] sample(double alpha, int dimension, SplittableRandom random) {
        double[] x = new double[dimension];
        double sum = 0;
        for (int i = 0; i < dimension; i++) {
            x[i] = gamma(alpha, random);
            sum += x[i];
        }
        if (sum == 0) {
            x[random.nextInt(dimension)] = 1;
            return x;
        }
        for (int i = 0; i < dimension; i++) {
            x[i] /= sum;
        }
        return x;
    }

    static double gamma(double shape, SplittableRandom random) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(shape + 1, random) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = Gaussian.next(random);
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

}
