package io.falbench.kernels.nd4j;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.Uncertainty;
import io.falbench.kernels.java.BackendKernels;
import io.falbench.kernels.java.CentreDistances;
import io.falbench.kernels.java.PointSearch;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The nd4j backend: ND4J on the CPU (OpenBLAS), or CUDA under the {@code cuda} Maven profile. Distances are GEMMs
 * and GEMVs; float[] cross at the edge. Selection rules, k-means steps and assignment are shared ({@link BackendKernels}).
 */
public final class Nd4jKernels extends BackendKernels {

    @Override
    public String name() {
        return "nd4j";
    }

    @Override
    protected CentreDistances gradientPass(GradientEmbeddings points, GradientEmbeddings anchors) {
        return new Nd4jGradientDistances(points, anchors);
    }

    @Override
    protected CentreDistances embeddingPass(Embeddings points, Embeddings anchors) {
        return new Nd4jEmbeddingDistances(points, anchors);
    }

    @Override
    protected PointSearch pointSearch(Embeddings points) {
        return new Nd4jPointSearch(points);
    }

    @Override
    public float[] gradientSquaredNorms(GradientEmbeddings embeddings) {
        INDArray r = Nd4jArrays.matrix(embeddings.residuals(), embeddings.size(), embeddings.classes());
        INDArray h = Nd4jArrays.matrix(embeddings.hidden(), embeddings.size(), embeddings.features());
        return Nd4jArrays.squaredRowNorms(r).muli(Nd4jArrays.squaredRowNorms(h)).toFloatVector();
    }

    @Override
    public float[] gradientDistances(GradientEmbeddings rows, GradientEmbeddings columns) {
        INDArray ra = Nd4jArrays.matrix(rows.residuals(), rows.size(), rows.classes());
        INDArray ha = Nd4jArrays.matrix(rows.hidden(), rows.size(), rows.features());
        INDArray rb = Nd4jArrays.matrix(columns.residuals(), columns.size(), columns.classes());
        INDArray hb = Nd4jArrays.matrix(columns.hidden(), columns.size(), columns.features());
        INDArray na = Nd4jArrays.squaredRowNorms(ra).muli(Nd4jArrays.squaredRowNorms(ha));
        INDArray nb = Nd4jArrays.squaredRowNorms(rb).muli(Nd4jArrays.squaredRowNorms(hb));
        INDArray d = ra.mmul(rb.transpose()).muli(ha.mmul(hb.transpose())).muli(-2f);
        d.addiColumnVector(na.reshape(rows.size(), 1)).addiRowVector(nb.reshape(1, columns.size()));
        return Transforms.max(d, 0f, false).dup('c').data().asFloat();
    }

    @Override
    public float[] uncertainty(float[] probabilities, int size, int classes, Uncertainty measure) {
        INDArray p = Nd4jArrays.matrix(probabilities, size, classes);
        switch (measure) {
            case LEAST_CONFIDENCE:
                return p.max(1).rsubi(1f).toFloatVector();
            case MARGIN: {
                if (classes == 1) {
                    return new float[size];
                }
                INDArray sorted = Nd4j.sort(p.dup(), 1, false);
                return sorted.getColumn(0).sub(sorted.getColumn(1)).rsubi(1f).toFloatVector();
            }
            case ENTROPY: {
                if (classes == 1) {
                    return new float[size];
                }
                INDArray logs = Transforms.log(Transforms.max(p, Float.MIN_NORMAL, true), false);
                return p.mul(logs).sum(1).divi(-Math.log(classes)).toFloatVector();
            }
            default:
                throw new IllegalArgumentException("unknown measure " + measure);
        }
    }
}
