package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.Trainer;
import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.Shuffle;
import io.falbench.runtime.NumericalFailure;
import java.util.SplittableRandom;

/**
 * Local training of a {@link Network} on labelled samples: mini-batch SGD with momentum and weight decay (PyTorch
 * semantics, {@link ResettableSgd}) on a {@link LocalObjective} (softmax cross-entropy unless given another), a fresh
 * optimizer state each call (as a FedAvg client restarting from the global model), optionally held near the global
 * model by a federated optimiser's {@link DriftCorrection}.
 */
public final class LocalTrainer {

    private LocalTrainer() {
    }

    /**
     * Trains in place for {@code settings.epochs()} epochs over {@code indices} (labels aligned with them);
     * returns the mean training loss of the last epoch (NaN when there is nothing to train on).
     */
    public static double train(Network network, ImageSet images, int[] indices, int[] labels,
                               TrainingSettings settings, SplittableRandom random) {
        return train(network, images, indices, labels, settings, random, LocalObjective.CROSS_ENTROPY);
    }

    /** As {@link #train(Network, ImageSet, int[], int[], TrainingSettings, SplittableRandom)}, on {@code objective}. */
    public static double train(Network network, ImageSet images, int[] indices, int[] labels,
                               TrainingSettings settings, SplittableRandom random, LocalObjective objective) {
        return train(network, images, indices, labels, settings, random, objective, LocalSchedule.CONSTANT, null);
    }

    /** As above, the rate stepping down as {@code schedule} says, continuing from and keeping the client's momentum in {@code momentum} (null: a fresh optimiser). */
    public static double train(Network network, ImageSet images, int[] indices, int[] labels,
                               TrainingSettings settings, SplittableRandom random, LocalObjective objective,
                               LocalSchedule schedule, MomentumMemory momentum) {
        return train(network, images, indices, labels, settings, random, objective, schedule, momentum,
                DriftCorrection.NONE, EpochEnd.NEVER).lastEpochLoss();
    }

    /** As above, with a federated optimiser's {@code drift} correction of every step (FedProx, SCAFFOLD). */
    public static LocalRun train(Network network, ImageSet images, int[] indices, int[] labels,
                                 TrainingSettings settings, SplittableRandom random, LocalObjective objective,
                                 LocalSchedule schedule, MomentumMemory momentum, DriftCorrection drift) {
        return train(network, images, indices, labels, settings, random, objective, schedule, momentum, drift,
                EpochEnd.NEVER);
    }

    /**
     * Trains up to {@code settings.epochs()} epochs with a step schedule of the learning rate, and stops after the
     * first epoch whose training accuracy reaches the stop rule's target (FairFAL's local model: at most 50 epochs,
     * stop at 0.99).
     */
    public static double trainToAccuracy(Network network, ImageSet images, int[] indices, int[] labels,
                                         TrainingSettings settings, LocalSchedule schedule, AccuracyStop stop,
                                         SplittableRandom random) {
        Augmentation augmentation = stop.augmented() ? settings.augmentation() : Augmentation.NONE;
        return train(network, images, indices, labels, settings, random, LocalObjective.CROSS_ENTROPY, schedule,
                null, DriftCorrection.NONE, (epoch, meanBatchLoss) -> {
                    int[] predicted = network.predictedClasses(images, indices, augmentation, random);
                    int correct = 0;
                    for (int i = 0; i < predicted.length; i++) {
                        correct += predicted[i] == labels[i] ? 1 : 0;
                    }
                    return correct >= stop.target() * predicted.length;
                }).lastEpochLoss();
    }

    /**
     * Trains up to {@code settings.epochs()} epochs on {@code objective} at a constant rate and stops early as
     * {@code stopping} says (IFAL's local-only model: at most 500 epochs, patience 5); after an early stop the network
     * holds the weights {@code stopping} keeps. Returns the epochs run.
     */
    public static int trainToLossPlateau(Network network, ImageSet images, int[] indices, int[] labels,
                                         TrainingSettings settings, LocalObjective objective, EarlyStopping stopping,
                                         SplittableRandom random) {
        EarlyStopping.Run run = stopping.start(network);
        int[] epochs = {0};
        train(network, images, indices, labels, settings, random, objective, LocalSchedule.CONSTANT, null,
                DriftCorrection.NONE, (epoch, meanBatchLoss) -> {
                    epochs[0] = epoch + 1;
                    return run.stopsAfter(meanBatchLoss);
                });
        run.finish();
        return epochs[0];
    }

    /** What a training checks after each epoch, given the mean of that epoch's batch losses: whether to stop. */
    @FunctionalInterface
    private interface EpochEnd {
        EpochEnd NEVER = (epoch, meanBatchLoss) -> false;

        boolean stop(int epoch, double meanBatchLoss);
    }

    private static LocalRun train(Network network, ImageSet images, int[] indices, int[] labels,
                                  TrainingSettings settings, SplittableRandom random, LocalObjective objective,
                                  LocalSchedule schedule, MomentumMemory momentum, DriftCorrection drift,
                                  EpochEnd stopAfterEpoch) {
        if (indices.length != labels.length) {
            throw new IllegalArgumentException(indices.length + " samples but " + labels.length + " labels");
        }
        if (indices.length == 0 || settings.epochs() == 0) {
            return new LocalRun(Double.NaN, 0, 0);
        }
        network.drawDropoutFrom(random);
        objective.begin(network, settings, indices.length, random);
        Trainer trainer = network.trainer(settings);
        if (momentum != null) {
            network.carryMomentum(momentum.buffers());
        }
        try (LocalDrift local = LocalDrift.of(network, drift, trainer.getManager())) {
            LocalRun run = epochs(trainer, network, images, indices, labels, settings, random, objective, schedule,
                    local, stopAfterEpoch);
            if (momentum != null) {
                momentum.keep(network.momentum());
            }
            return run;
        }
    }

    private static LocalRun epochs(Trainer trainer, Network network, ImageSet images, int[] indices, int[] labels,
                                   TrainingSettings settings, SplittableRandom random, LocalObjective objective,
                                   LocalSchedule schedule, LocalDrift drift, EpochEnd stopAfterEpoch) {
        double lastEpochLoss = Double.NaN;
        double rates = 0;
        int[] order = new int[indices.length];
        int steps = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            if (schedule.stepsAt(epoch, false)) {
                network.scaleLearningRate(schedule.factor());
            }
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Shuffle.shuffle(order, random);
            int[] batchIndices = new int[order.length];
            int[] batchLabels = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                batchIndices[i] = indices[order[i]];
                batchLabels[i] = labels[order[i]];
            }
            double lossSum = 0;
            double batchLossSum = 0;
            int batches = 0;
            for (int start = 0; start < order.length; start += settings.batchSize()) {
                int end = Math.min(order.length, start + settings.batchSize());
                float batchLoss = step(trainer, network, images, batchIndices, batchLabels, start, end, settings,
                        random, objective, steps, drift);
                lossSum += (double) batchLoss * (end - start);
                batchLossSum += batchLoss;
                batches++;
                rates += network.learningRate();
                if (schedule.stepsAt(++steps, true)) {
                    network.scaleLearningRate(schedule.factor());
                }
            }
            lastEpochLoss = lossSum / order.length;
            objective.epochEnd(network, epoch);
            if (stopAfterEpoch.stop(epoch, batchLossSum / batches)) {
                break;
            }
        }
        return new LocalRun(lastEpochLoss, steps, rates);
    }

    private static float step(Trainer trainer, Network network, ImageSet images, int[] indices, int[] labels,
                              int start, int end, TrainingSettings settings, SplittableRandom random,
                              LocalObjective objective, int step, LocalDrift drift) {
        try (NDManager batch = trainer.getManager().newSubManager()) {
            NDArray x = network.input(batch, Batches.pixels(images, indices, start, end, settings.augmentation(),
                    random, network.normalization()), end - start);
            float[] y = new float[end - start];
            for (int i = start; i < end; i++) {
                y[i - start] = labels[i];
            }
            NDArray target = batch.create(y, new Shape(end - start));
            float loss;
            try (GradientScope gradients = new GradientScope()) {
                NDArray logits = network.trainingLogits(trainer, x);
                NDArray lossValue = objective.loss(trainer, x, logits, target, step);
                gradients.backward(lossValue);
                loss = lossValue.getFloat();
            }
            if (!Float.isFinite(loss)) {
                throw new NumericalFailure("training loss became " + loss + " (learning rate "
                        + settings.learningRate() + "); lower train.lr or check the inputs");
            }
            drift.addProximalGradients();
            trainer.step();
            drift.correct(network.learningRate());
            network.zeroGradients();
            return loss;
        }
    }
}
