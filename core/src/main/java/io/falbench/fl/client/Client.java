package io.falbench.fl.client;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fl.message.ModelUpdate;
import io.falbench.data.Oracle;
import io.falbench.data.Pool;
import io.falbench.model.LocalObjective;
import io.falbench.model.LocalSchedule;
import io.falbench.model.MomentumMemory;
import io.falbench.model.LocalTrainer;
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
    private final Pool pool;
    private final Map<Integer, Integer> revealedLabels = new HashMap<>();
    private Weights lastUpdate;
    private int[] firstRoundUnlabelled;
    private final MomentumMemory momentum = new MomentumMemory();

    /**
     * @param images  the training images (a simulation shares one array; a client reads only its own indices)
     * @param indices the training-set indices this client holds
     */
    public Client(int id, ImageSet images, int[] indices) {
        this(id, images, images, indices);
    }

    /** As {@link #Client(int, ImageSet, int[])}, with the images its queries score at the same indices. */
    public Client(int id, ImageSet images, ImageSet queryImages, int[] indices) {
        this.id = id;
        this.images = images;
        this.queryImages = queryImages;
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
        return train(network, start, settings, random, objective, LocalSchedule.CONSTANT, false);
    }

    /**
     * As above, the rate stepping down within the training as {@code schedule} says; with {@code keepMomentum} the
     * optimiser continues from this client's momentum of its previous update
     * in the same federated training (KAFAL's per-client optimiser) instead of starting fresh.
     */
    public ModelUpdate train(Network network, Weights start, TrainingSettings settings, SplittableRandom random,
                             LocalObjective objective, LocalSchedule schedule, boolean keepMomentum) {
        network.setWeights(start);
        LocalTrainer.train(network, images, pool.labelled(), labelledLabels(), settings, random, objective, schedule,
                keepMomentum ? momentum : null);
        lastUpdate = network.weights();
        return new ModelUpdate(lastUpdate, pool.labelledCount());
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

    /** Drops the remembered update and optimiser momentum, as a new federated training begins. */
    public void forgetLastUpdate() {
        lastUpdate = null;
        momentum.clear();
    }

    public Predictions predict(Network network, int[] samples) {
        return network.predict(queryImages, samples);
    }
}
