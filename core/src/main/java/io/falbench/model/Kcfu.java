package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.training.Trainer;
import io.falbench.datasets.image.ImageSet;
import java.util.SplittableRandom;

/**
 * KAFAL's knowledge-specialised client objective, KCFU (Cao et al., ICCV 2023, "Knowledge-Aware Federated Active
 * Learning with Non-IID Data"; ycao5602/KAFAL {@code main.py train_epoch_client_distil}): per labelled batch the
 * logit-adjusted cross-entropy ({@link KcfuLoss#clientLoss}) plus, from the second communication round on, the
 * compensatory distillation towards the server model on one mixed batch of the client's unlabelled samples
 * ({@link MixupPlan}, {@link KcfuLoss#distillation}). The server model is the round's starting weights: its scores of
 * every planned mixed batch are taken in {@link #begin} (training mode, no gradient, as the reference's server module
 * left in train()), then the starting weights are restored, so no second network is held. Serves one local training.
 */
public final class Kcfu implements LocalObjective {

    private final ImageSet images;
    private final int[] unlabelled;
    private final int[] labelledLabels;
    private final boolean distil;
    private final boolean onePartner;
    private Network network;
    private Augmentation augmentation = Augmentation.NONE;
    private float[] logPrior;
    private float[] classWeights;
    private MixupPlan plan;
    private float[][] serverLogits;

    /**
     * @param distil     whether the distillation term is on (the reference: communication round > 0)
     * @param onePartner the quirk {@code kafal-mixup-one-partner}: one mixup partner for the whole batch
     */
    public Kcfu(ImageSet images, int[] unlabelled, int[] labelledLabels, boolean distil, boolean onePartner) {
        this.images = images;
        this.unlabelled = unlabelled;
        this.labelledLabels = labelledLabels;
        this.distil = distil;
        this.onePartner = onePartner;
    }

    @Override
    public void begin(Network network, TrainingSettings settings, int labelled, SplittableRandom random) {
        this.network = network;
        this.augmentation = settings.augmentation();
        int[] counts = new int[network.numClasses()];
        for (int label : labelledLabels) {
            counts[label]++;
        }
        logPrior = KcfuLoss.logPrior(counts);
        classWeights = KcfuLoss.classWeights(counts);
        if (!distil || unlabelled.length == 0) {
            return;
        }
        int stepsPerEpoch = (labelled + settings.batchSize() - 1) / settings.batchSize();
        plan = MixupPlan.draw(unlabelled, settings.batchSize(), settings.epochs(), stepsPerEpoch, onePartner,
                random.split());
        Weights start = network.weights();
        serverLogits = new float[plan.steps()][];
        for (int step = 0; step < plan.steps(); step++) {
            serverLogits[step] = network.trainingModeLogits(mixed(step), plan.size(step));
        }
        network.setWeights(start);
    }

    @Override
    public NDArray loss(Trainer trainer, NDArray input, NDArray logits, NDArray labels, int step) {
        NDArray loss = KcfuLoss.clientLoss(logits, labels, logPrior);
        if (plan == null) {
            return loss;
        }
        NDArray x = network.input(logits.getManager(), mixed(step), plan.size(step));
        NDArray clientLogits = network.trainingLogits(trainer, x);
        float[] weights = KcfuLoss.imageWeights(serverLogits[step], network.numClasses(), plan.lambdas(step),
                plan.partners(step), classWeights);
        return loss.add(KcfuLoss.distillation(clientLogits, serverLogits[step], weights));
    }

    private float[] mixed(int step) {
        return plan.mixed(step, images, augmentation, network.normalization());
    }
}
