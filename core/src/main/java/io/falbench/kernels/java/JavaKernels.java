package io.falbench.kernels.java;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.Uncertainty;
import io.falbench.kernels.simd.Dot;
import io.falbench.runtime.Parallel;

/**
 * The reference backend: plain Java on the heap, one chunk of rows per thread ({@link Parallel}). With
 * {@code pruned} ("java-pruned") the seeding passes skip points by the triangle inequality (Raff 2021) and
 * select exactly what the unpruned passes select; with {@code bf16} ("java-bf16") they stream bfloat16 features.
 */
public final class JavaKernels extends BackendKernels {

    private final boolean pruned;
    private final boolean bf16;
    private volatile double lastSkippedFraction;

    public JavaKernels() {
        this(false);
    }

    public JavaKernels(boolean pruned) {
        this(pruned, false);
    }

    /** bf16 ("java-bf16"): gradient seeding passes read the features as bfloat16 ({@link JavaBf16GradientDistances}). */
    public JavaKernels(boolean pruned, boolean bf16) {
        if (pruned && bf16) {
            throw new IllegalArgumentException("pruning and bfloat16 storage are not combined");
        }
        this.pruned = pruned;
        this.bf16 = bf16;
    }

    @Override
    public String name() {
        return pruned ? "java-pruned" : bf16 ? "java-bf16" : "java";
    }

    /** Fraction of point visits the last pruned gradient seeding skipped (0 unpruned): a diagnostic for benchmarks. */
    public double lastSkippedFraction() {
        return lastSkippedFraction;
    }

    @Override
    void finished(CentreDistances pass) {
        if (pass instanceof JavaGradientDistances gradients) {
            lastSkippedFraction = gradients.skippedFraction();
        }
    }

    @Override
    protected CentreDistances gradientPass(GradientEmbeddings points, GradientEmbeddings anchors) {
        return bf16 ? new JavaBf16GradientDistances(points, anchors) : new JavaGradientDistances(points, anchors, pruned);
    }

    @Override
    protected CentreDistances embeddingPass(Embeddings points, Embeddings anchors) {
        return new JavaEmbeddingDistances(points, anchors, pruned);
    }

    @Override
    protected PointSearch pointSearch(Embeddings points) {
        return new JavaPointSearch(points);
    }

    @Override
    public float[] gradientSquaredNorms(GradientEmbeddings embeddings) {
        return embeddings.squaredNorms();
    }

    @Override
    public float[] gradientDistances(GradientEmbeddings rows, GradientEmbeddings columns) {
        int classes = rows.classes();
        int features = rows.features();
        if (columns.classes() != classes || columns.features() != features) {
            throw new IllegalArgumentException("gradient embeddings differ in shape");
        }
        float[] rowNorms = rows.squaredNorms();
        float[] columnNorms = columns.squaredNorms();
        int m = columns.size();
        float[] out = new float[rows.size() * m];
        Parallel.forRange(rows.size(), (from, to) -> {
            for (int i = from; i < to; i++) {
                for (int j = 0; j < m; j++) {
                    float ac = Dot.dot(rows.residuals(), i * classes, columns.residuals(), j * classes, classes);
                    float bd = Dot.dot(rows.hidden(), i * features, columns.hidden(), j * features, features);
                    out[i * m + j] = Math.max(0f, rowNorms[i] + columnNorms[j] - 2f * ac * bd);
                }
            }
        });
        return out;
    }

    @Override
    public float[] uncertainty(float[] probabilities, int size, int classes, Uncertainty measure) {
        float[] scores = new float[size];
        double logClasses = Math.log(classes);
        Parallel.forRange(size, (from, to) -> {
            for (int i = from; i < to; i++) {
                scores[i] = UncertaintyScores.score(probabilities, i * classes, classes, measure, logClasses);
            }
        });
        return scores;
    }
}
