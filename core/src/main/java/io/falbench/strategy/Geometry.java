package io.falbench.strategy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Metric;
import io.falbench.model.Predictions;
import io.falbench.settings.Key;
import java.util.List;
import java.util.Map;

/** Conversions from model outputs to the kernels' inputs (unit rows among them), and the one-sample-per-centre pick. */
public final class Geometry {

    /** The one-per-centre pick's cost, read by kmeans, iwkmeans, two-step-kmeans and FAL-Global's per-client pick. */
    public static final Key<AssignmentMetric> ASSIGNMENT_METRIC = Key.choice("assignment.metric", "euclidean",
            List.of(Map.entry("euclidean", AssignmentMetric.EUCLIDEAN), Map.entry("squared", AssignmentMetric.SQUARED)),
            "the one-sample-per-centre pick (Hungarian) minimises the sum of Euclidean distances, as cardinal, or of"
                    + " squared distances");

    private Geometry() {
    }

    public static Embeddings embeddings(Predictions predictions) {
        return new Embeddings(predictions.size(), predictions.embeddingDimension(), predictions.embeddings());
    }

    public static Embeddings embeddings(Predictions predictions, int[] rows) {
        int d = predictions.embeddingDimension();
        float[] out = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(predictions.embeddings(), rows[i] * d, out, i * d, d);
        }
        return new Embeddings(rows.length, d, out);
    }

    /** The given rows of {@code points}, in that order. */
    public static Embeddings rows(Embeddings points, int[] rows) {
        int dim = points.dim();
        float[] out = new float[rows.length * dim];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(points.values(), rows[i] * dim, out, i * dim, dim);
        }
        return new Embeddings(rows.length, dim, out);
    }

    /** Rows {@code from .. from + count - 1} of {@code points}. */
    public static Embeddings rows(Embeddings points, int from, int count) {
        int dim = points.dim();
        float[] out = new float[count * dim];
        System.arraycopy(points.values(), from * dim, out, 0, count * dim);
        return new Embeddings(count, dim, out);
    }

    /** Every row divided by its Euclidean norm (summed in double); zero rows unchanged. */
    public static Embeddings unit(Embeddings rows) {
        int dim = rows.dim();
        float[] out = rows.values().clone();
        for (int i = 0; i < rows.size(); i++) {
            double squares = 0;
            for (int d = 0; d < dim; d++) {
                squares += (double) out[i * dim + d] * out[i * dim + d];
            }
            if (squares > 0) {
                double norm = Math.sqrt(squares);
                for (int d = 0; d < dim; d++) {
                    out[i * dim + d] = (float) (out[i * dim + d] / norm);
                }
            }
        }
        return new Embeddings(rows.size(), dim, out);
    }

    /** BADGE gradient embeddings at the predicted labels. */
    public static GradientEmbeddings gradients(Predictions predictions) {
        return GradientEmbeddings.fromProbabilities(predictions.probabilities(), predictions.embeddings(),
                predictions.size(), predictions.numClasses(), predictions.embeddingDimension());
    }

    /** Gradient embeddings at given labels (anchors use the true label). */
    public static GradientEmbeddings gradients(Predictions predictions, int[] labels) {
        return GradientEmbeddings.fromLabels(predictions.probabilities(), predictions.embeddings(), labels,
                predictions.size(), predictions.numClasses(), predictions.embeddingDimension());
    }

    /** One distinct point per centre at minimum total cost (cardinal's KCentroidSampler pick). */
    public static int[] nearestDistinct(Kernels kernels, Embeddings points, Embeddings centres,
                                        AssignmentMetric metric) {
        float[] cost = metric.costs(kernels.pairwiseDistances(points, centres, Metric.SQUARED_EUCLIDEAN));
        return kernels.minimumCostAssignment(cost, points.size(), centres.size());
    }

    /** The positions {@code rows} of a subset mapped back through {@code subset}. */
    public static int[] through(int[] subset, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = subset[rows[i]];
        }
        return out;
    }
}
