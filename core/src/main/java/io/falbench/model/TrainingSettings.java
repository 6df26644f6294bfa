package io.falbench.model;

/**
 * Local training hyper-parameters: the optimiser (SGD with momentum and weight decay, or Adam with weight decay),
 * mini-batches, augmentation (FairFAL: SGD, batch 64, lr 0.01, momentum 0.9, weight decay 1e-5, flip on CIFAR; FEAL:
 * Adam, lr 5e-4, weight decay 5e-4, batch 32). Adam reads no momentum.
 */
public record TrainingSettings(int epochs, int batchSize, float learningRate, float momentum, float weightDecay,
                               Augmentation augmentation, LocalOptimizer optimizer) {

    /** SGD settings. */
    public TrainingSettings(int epochs, int batchSize, float learningRate, float momentum, float weightDecay,
                            Augmentation augmentation) {
        this(epochs, batchSize, learningRate, momentum, weightDecay, augmentation, LocalOptimizer.SGD);
    }

    /** SGD settings with a horizontal flip or none, no crop. */
    public TrainingSettings(int epochs, int batchSize, float learningRate, float momentum, float weightDecay,
                            boolean horizontalFlip) {
        this(epochs, batchSize, learningRate, momentum, weightDecay,
                horizontalFlip ? Augmentation.FLIP : Augmentation.NONE);
    }

    public TrainingSettings {
        if (epochs < 0 || batchSize < 1 || learningRate <= 0 || momentum < 0 || weightDecay < 0
                || optimizer == null) {
            throw new IllegalArgumentException("bad training settings: epochs " + epochs + ", batch " + batchSize
                    + ", lr " + learningRate + ", momentum " + momentum + ", weight decay " + weightDecay
                    + ", optimiser " + optimizer);
        }
    }

    public TrainingSettings withLearningRate(float rate) {
        return new TrainingSettings(epochs, batchSize, rate, momentum, weightDecay, augmentation, optimizer);
    }

    public TrainingSettings withEpochs(int count) {
        return new TrainingSettings(count, batchSize, learningRate, momentum, weightDecay, augmentation, optimizer);
    }
}
