package io.falbench.kernels;

/** Test reference only: the gradient embedding g = r (x) h written out as n x C*D doubles. */
final class MaterialisedGradients {

    final int size;
    final int dim;
    final double[] values;

    MaterialisedGradients(GradientEmbeddings g) {
        size = g.size();
        dim = g.classes() * g.features();
        values = new double[size * dim];
        for (int i = 0; i < size; i++) {
            for (int c = 0; c < g.classes(); c++) {
                for (int d = 0; d < g.features(); d++) {
                    values[i * dim + c * g.features() + d] =
                            (double) g.residuals()[i * g.classes() + c] * g.hidden()[i * g.features() + d];
                }
            }
        }
    }

    double squaredNorm(int i) {
        double s = 0;
        for (int j = 0; j < dim; j++) {
            s += values[i * dim + j] * values[i * dim + j];
        }
        return s;
    }

    static double squaredDistance(MaterialisedGradients a, int i, MaterialisedGradients b, int j) {
        double s = 0;
        for (int t = 0; t < a.dim; t++) {
            double diff = a.values[i * a.dim + t] - b.values[j * b.dim + t];
            s += diff * diff;
        }
        return s;
    }
}
