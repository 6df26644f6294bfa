package io.falbench.fl.client;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fl.message.ModelUpdate;
import io.falbench.kernels.Embeddings;
import io.falbench.data.Oracle;
import io.falbench.data.Pool;
import io.falbench.model.DriftCorrection;
import io.falbench.model.LocalObjective;
import io.falbench.model.LocalRun;
import io.falbench.model.LocalSchedule;
import io.falbench.model.MomentumMemory;
import io.falbench.model.LocalTrainer;
import io.falbench.model.DropoutPredictions;
import io.falbench.model.Network;
import io.falbench.model.Predictions;
import io.falbench.model.TrainingSettings;
import io.falbench.model.Weights;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A federated client: it owns its samples, its labelled and unlabelled pools and the labels the oracle revealed
 * to it. Only weights, counts and other aggregates leave it.
 */
public final class Client {

    private final int id;
    private final ImageSet images;
    private final ImageSet queryImages;
    private final Embeddings embeddings;
    private final Pool pool;
    private final Map<Integer, Integer> revealedLabels = new HashMap<>();
    private Weights lastUpdate;
    private int[] firstRoundUnlabelled;
    private final MomentumMemory momentum = new MomentumMemory();
    private final ControlVariate control = new ControlVariate();

    /**
     * @param images  the training images (a simulation shares one array; a client reads only its own indices)
     * @param indices the training-set indices this client holds
     */
    public Client(int id, ImageSet images, int[] indices) {
        this(id, images, images, indices);
    }

    /** As {@link #Client(int, ImageSet, int[])}, with the images its queries score at the same indices. */
    public Client(int id, ImageSet images, ImageSet queryImages, int[] indices) {
        this(id, images, queryImages, null, indices);
    }

    /**
     * As {@link #Client(int, ImageSet, ImageSet, int[])}, with the embeddings its queries read in place of the
     * network's ({@code embeddings.file}; a simulation shares one array, a client reads only its own rows; null: none).
     */
    public Client(int id, ImageSet images, ImageSet queryImages, Embeddings embeddings, int[] indices) {
        this.id = id;
        this.images = images;
        this.queryImages = queryImages;
        this.embeddings = embeddings;
        this.pool = new Pool(indices);
    }

    public int id() {
        return id;
    }

    public Pool pool() {
        return pool;
    }

    /** The images this client trains on. */
    public ImageSet images() {
        return images;
    }

    /** Asks the oracle for the labels of {@code samples} and moves them to the labelled pool. */
    public void acquire(int[] samples, Oracle oracle) {
        for (int sample : samples) {
            pool.markLabelled(sample);
            revealedLabels.put(sample, oracle.label(sample));
        }
    }

    public int label(int sample) {
        Integer label = revealedLabels.get(sample);
        if (label == null) {
            throw new IllegalStateException("client " + id + " has no label for sample " + sample);
        }
        return label;
    }

    /** Labels of the labelled pool, aligned with {@link Pool#labelled()}. */
    public int[] labelledLabels() {
        int[] samples = pool.labelled();
        int[] labels = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            labels[i] = label(samples[i]);
        }
        return labels;
    }

    /** Per-class counts of this client's labelled samples. */
    public int[] labelledClassCounts(int numClasses) {
        int[] counts = new int[numClasses];
        for (int label : revealedLabels.values()) {
            counts[label]++;
        }
        return counts;
    }

    /**
     * Local training from {@code start} on the labelled pool, minimising {@code objective}; the update carries the
     * labelled count as its weight, and the client remembers its weights ({@link #lastUpdate()}).
     */
    public ModelUpdate train(Network network, Weights start, TrainingSettings settings, SplittableRandom random,
                             LocalObjective objective) {
        train(network, start, new LocalJob(settings, random, objective, LocalSchedule.CONSTANT, false),
                DriftCorrection.NONE);
        return update();
    }

    /**
     * Local training from {@code start} on the labelled pool as {@code job} says, each step corrected by a federated
     * optimiser's {@code drift}; with {@code job.keepMomentum()} the optimiser continues from this client's momentum of
     * its previous update in the same federated training (KAFAL's per-client optimiser) instead of starting fresh.
     * The client remembers its weights ({@link #lastUpdate()}).
     */
    public LocalRun train(Network network, Weights start, LocalJob job, DriftCorrection drift) {
        network.setWeights(start);
        LocalRun run = LocalTrainer.train(network, images, pool.labelled(), labelledLabels(), job.settings(),
                job.random(), job.objective(), job.schedule(), job.keepMomentum() ? momentum : null, drift);
        lastUpdate = network.weights();
        return run;
    }

    /** The last local training's weights as the client sends them, with its labelled count as their weight. */
    public ModelUpdate update() {
        if (lastUpdate == null) {
            throw new IllegalStateException("client " + id + " has not trained in this federated training");
        }
        return new ModelUpdate(lastUpdate, pool.labelledCount());
    }

    /** SCAFFOLD's control variate c_i of this client (zero until it first trains under SCAFFOLD). */
    public ControlVariate controlVariate() {
        return control;
    }

    /** Remembers the unlabelled pool as it stands now, at the start of the first AL round (after the initial labels). */
    public void markFirstRound() {
        firstRoundUnlabelled = pool.unlabelled();
    }

    /**
     * The unlabelled pool of the first AL round, samples labelled since included (the pool now if never marked): what
     * KAFAL's reference code keeps distilling on (quirk {@code kafal-stale-unlabelled}).
     */
    public int[] firstRoundUnlabelled() {
        return firstRoundUnlabelled != null ? firstRoundUnlabelled.clone() : pool.unlabelled();
    }

    /**
     * The weights of this client's last local training since {@link #forgetLastUpdate()} (KAFAL's local model): kept
     * on the client's side, the server saw them only inside the update the client sent.
     */
    public Optional<Weights> lastUpdate() {
        return Optional.ofNullable(lastUpdate);
    }

    /** Drops the remembered update, optimiser momentum and control variate, as a new federated training begins. */
    public void forgetLastUpdate() {
        lastUpdate = null;
        momentum.clear();
        control.clear();
    }

    public Predictions predict(Network network, int[] samples) {
        return network.predict(queryImages, samples);
    }

    /**
     * {@link #predict} for the strategy's query: where this client holds {@code embeddings.file} rows, they stand in
     * for the network's penultimate embeddings (the probabilities stay the network's).
     */
    public Predictions predictForQuery(Network network, int[] samples) {
        Predictions predictions = predict(network, samples);
        if (embeddings == null) {
            return predictions;
        }
        int dim = embeddings.dim();
        float[] rows = new float[samples.length * dim];
        for (int i = 0; i < samples.length; i++) {
            if (!pool.contains(samples[i])) {
                throw new IllegalArgumentException("client " + id + " does not hold sample " + samples[i]);
            }
            System.arraycopy(embeddings.values(), samples[i] * dim, rows, i * dim, dim);
        }
        return new Predictions(predictions.probabilities(), rows, samples.length, predictions.numClasses(), dim);
    }

    /** {@code passes} Monte Carlo dropout passes over {@code samples}, masks drawn from {@code seed}. */
    public DropoutPredictions predictWithDropout(Network network, int[] samples, int passes, long seed) {
        return network.dropoutPredictions(queryImages, samples, passes, seed);
    }
}
