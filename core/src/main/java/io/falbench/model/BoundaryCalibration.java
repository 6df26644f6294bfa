package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.Trainer;
import io.falbench.datasets.image.ImageSet;
import java.util.SplittableRandom;

/**
 * CHASe's local objective (Zhang, Wang, Li, Xie, Chen and Shou, IEEE TKDE 2025, arXiv 2504.17448, "CHASe: Client
 * Heterogeneity-Aware Data Selection for Effective Federated Active Learning"; junzhang-zj/CHASe
 * {@code localtraining.py} {@code update_weights}): the cross-entropy of the labelled batch plus {@code weight} x the
 * alignment loss, which calibrates the decision boundary on unlabelled samples. Per labelled batch of n, n distinct
 * samples are drawn from the client's candidates; their logits z (the model in training, gradients on) are compared by
 * cosine similarity with the logits of the round's global model g and of the client's previous local model o, both
 * frozen in inference mode; the two similarities over the temperature are the logits of a two-way cross-entropy whose
 * label says which model a sample aligns with (0: the global model, 1: the previous local one). The frozen logits of
 * every candidate are taken once in {@link #begin}; the network then holds its starting weights again. The cosine is
 * PyTorch's: each vector divided by max(its norm, 1e-8) first. Serves one local training.
 */
public final class BoundaryCalibration implements LocalObjective {

    static final float NORM_FLOOR = 1e-8f;

    private final ImageSet images;
    private final int[] candidates;
    private final int[] alignWith;
    private final Weights previous;
    private final float weight;
    private final float temperature;
    private Network network;
    private SplittableRandom draws;
    private float[] globalLogits;
    private float[] previousLogits;

    /**
     * @param candidates the unlabelled samples the alignment draws from
     * @param alignWith  per candidate, 0 to align with the global model, 1 with the previous local model
     * @param previous   the client's previous local model (null: no alignment, plain cross-entropy)
     */
    public BoundaryCalibration(ImageSet images, int[] candidates, int[] alignWith, Weights previous, float weight,
                               float temperature) {
        if (alignWith.length != candidates.length) {
            throw new IllegalArgumentException(candidates.length + " candidates but " + alignWith.length
                    + " alignment labels");
        }
        this.images = images;
        this.candidates = candidates;
        this.alignWith = alignWith;
        this.previous = previous;
        this.weight = weight;
        this.temperature = temperature;
    }

    /** Whether the alignment term is on: a previous local model and more candidates than a batch (the reference's rule). */
    public static boolean aligns(Weights previous, int candidates, int batchSize) {
        return previous != null && candidates > batchSize;
    }

    @Override
    public void begin(Network network, TrainingSettings settings, int labelled, SplittableRandom random) {
        this.network = network;
        this.draws = random.split();
        if (!aligns(previous, candidates.length, settings.batchSize()) || weight == 0) {
            return;
        }
        Weights start = network.weights();
        globalLogits = network.logits(images, candidates);
        network.setWeights(previous);
        previousLogits = network.logits(images, candidates);
        network.setWeights(start);
    }

    @Override
    public NDArray loss(Trainer trainer, NDArray input, NDArray logits, NDArray labels, int step) {
        NDArray crossEntropy = trainer.getLoss().evaluate(new NDList(labels), new NDList(logits));
        if (globalLogits == null) {
            return crossEntropy;
        }
        int n = Math.toIntExact(labels.size());
        int[] drawn = distinct(n);
        int classes = network.numClasses();
        int[] samples = new int[n];
        float[] global = new float[n * classes];
        float[] local = new float[n * classes];
        float[] towardsLocal = new float[n];
        for (int i = 0; i < n; i++) {
            samples[i] = candidates[drawn[i]];
            System.arraycopy(globalLogits, drawn[i] * classes, global, i * classes, classes);
            System.arraycopy(previousLogits, drawn[i] * classes, local, i * classes, classes);
            towardsLocal[i] = alignWith[drawn[i]];
        }
        NDManager manager = logits.getManager();
        NDArray x = network.input(manager, Batches.pixels(images, samples, 0, n, Augmentation.NONE, null,
                network.normalization()), n);
        NDArray z = unit(network.trainingLogits(trainer, x));
        Shape shape = new Shape(n, classes);
        NDArray toGlobal = z.mul(unit(manager.create(global, shape))).sum(new int[] {1});
        NDArray toLocal = z.mul(unit(manager.create(local, shape))).sum(new int[] {1});
        NDArray t = GraphScalar.of(logits, temperature);
        NDArray a = toGlobal.div(t);
        NDArray b = toLocal.div(t);
        NDArray label = manager.create(towardsLocal);
        NDArray picked = a.add(b.sub(a).mul(label));
        NDArray alignment = a.exp().add(b.exp()).log().sub(picked).mean();
        return crossEntropy.add(alignment.mul(GraphScalar.of(logits, weight)));
    }

    /** Each row divided by max(its Euclidean norm, 1e-8), as torch.nn.CosineSimilarity normalises. */
    private static NDArray unit(NDArray rows) {
        NDArray norm = rows.mul(rows).sum(new int[] {1}, true).sqrt();
        return rows.div(norm.maximum(GraphScalar.of(rows, NORM_FLOOR)));
    }

    /** n distinct candidate positions, drawn without replacement (a partial Fisher-Yates shuffle). */
    private int[] distinct(int n) {
        int[] positions = new int[candidates.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int j = i + draws.nextInt(positions.length - i);
            int swap = positions[i];
            positions[i] = positions[j];
            positions[j] = swap;
        }
        return java.util.Arrays.copyOf(positions, n);
    }
}
