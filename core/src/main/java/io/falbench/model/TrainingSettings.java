package io.falbench.model;

/**
 * Local training hyper-parameters: SGD with momentum and weight decay, mini-batches, augmentation
 * (FairFAL: batch 64, lr 0.01, momentum 0.9, weight decay 1e-5, flip on CIFAR).
 */
public record TrainingSettings(int epochs, int batchSize, float learningRate, float momentum, float weightDecay,
                               Augmentation augmentation) {

    /** Settings with a horizontal flip or none, no crop. */
    public TrainingSettings(int epochs, int batchSize, float learningRate, float momentum, float weightDecay,
                            boolean horizontalFlip) {
        this(epochs, batchSize, learningRate, momentum, weightDecay,
                horizontalFlip ? Augmentation.FLIP : Augmentation.NONE);
    }

    public TrainingSettings {
        if (epochs < 0 || batchSize < 1 || learningRate <= 0 || momentum < 0 || weightDecay < 0) {
            throw new IllegalArgumentException("bad training settings: epochs " + epochs + ", batch " + batchSize
                    + ", lr " + learningRate + ", momentum " + momentum + ", weight decay " + weightDecay);
        }
    }

    public TrainingSettings withLearningRate(float rate) {
        return new TrainingSettings(epochs, batchSize, rate, momentum, weightDecay, augmentation);
    }

    public TrainingSettings withEpochs(int count) {
        return new TrainingSettings(count, batchSize, learningRate, momentum, weightDecay, augmentation);
    }
}
