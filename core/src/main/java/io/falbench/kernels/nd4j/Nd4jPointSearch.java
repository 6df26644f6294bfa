package io.falbench.kernels.nd4j;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.Metric;
import io.falbench.kernels.RowExtrema;
import io.falbench.kernels.java.PointSearch;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The nd4j backend's {@link PointSearch}: the points copied once into ND4J, one GEMM (OpenBLAS sgemm) per search. */
final class Nd4jPointSearch implements PointSearch {

    private final int size;
    private final INDArray points;
    private final INDArray norms;
    private INDArray unitPoints;

    Nd4jPointSearch(Embeddings embeddings) {
        this.size = embeddings.size();
        this.points = Nd4jArrays.matrix(embeddings.values(), size, embeddings.dim());
        this.norms = Nd4jArrays.squaredRowNorms(points);
    }

    @Override
    public RowExtrema search(float[] centres, int k, Metric metric, Extremum extremum) {
        INDArray d = matrix(centres, k, metric);
        INDArray index = extremum == Extremum.MIN ? Nd4j.argMin(d, 1) : Nd4j.argMax(d, 1);
        INDArray value = extremum == Extremum.MIN ? d.min(1) : d.max(1);
        return new RowExtrema(Nd4jArrays.toInts(index), value.toFloatVector());
    }

    @Override
    public float[] distances(float[] centres, int k, Metric metric) {
        return matrix(centres, k, metric).dup('c').data().asFloat();
    }

    private INDArray matrix(float[] centres, int k, Metric metric) {
        INDArray c = Nd4jArrays.matrix(centres, k, (int) points.columns());
        if (metric == Metric.COSINE) {
            if (unitPoints == null) {
                unitPoints = Nd4jArrays.unitRows(points);
            }
            return unitPoints.mmul(Nd4jArrays.unitRows(c).transpose()).rsubi(1f);
        }
        INDArray centreNorms = Nd4jArrays.squaredRowNorms(c);
        INDArray g = points.mmul(c.transpose()).muli(-2f);
        g.addiColumnVector(norms.reshape(size, 1)).addiRowVector(centreNorms.reshape(1, k));
        return Transforms.max(g, 0f, false);
    }

    @Override
    public void close() {
        points.close();
    }
}
