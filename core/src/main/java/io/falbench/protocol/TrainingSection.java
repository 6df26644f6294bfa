package io.falbench.protocol;

import io.falbench.fl.DecaySchedule;
import io.falbench.model.Architecture;
import io.falbench.model.Augmentation;
import io.falbench.model.Initialization;
import io.falbench.model.LocalOptimizer;
import io.falbench.model.MemoryFormat;
import io.falbench.model.Precision;
import io.falbench.model.TrainingSettings;
import io.falbench.settings.Key;
import io.falbench.settings.Options;
import java.util.List;
import java.util.Map;

/**
 * The network and its local optimiser: architecture, its dropout, the optimiser (SGD or Adam), batch, learning rate and
 * its step decay, momentum (SGD), weight decay, and the memory format and precision its batches run in.
 */
public record TrainingSection(Architecture architecture, Initialization initialization, int batchSize, double lr, double momentum,
                              double weightDecay, DecaySchedule lrDecay, double lrDecayFactor, boolean horizontalFlip,
                              int cropPadding, int lrDecayEpoch, MemoryFormat memoryFormat, double dropout,
                              Precision precision, LocalOptimizer optimizer) {

    static final Key<Architecture> MODEL = Key.of("model", "mlp", "mlp, cnn4conv or resnet8", "the network trained",
            Architecture::parse);
    static final Key<Initialization> INIT = Key.choice("model.init", "pytorch",
            List.of(Map.entry("pytorch", Initialization.PYTORCH),
                    Map.entry("djl", Initialization.DJL), Map.entry("xavier-normal", Initialization.XAVIER_NORMAL)),
            "initial weights: PyTorch's layer defaults as the reference code (kaiming_uniform a=sqrt 5, uniform"
                    + " biases; CNN4Conv's head bias 0), DJL's defaults, or CHASe's xavier_normal weights and 0.01"
                    + " biases");
    static final Key<Double> DROPOUT = Key.of("model.dropout", "0", "number in [0, 1)",
            "dropout rate on the penultimate embedding, before the linear head, in training and in bald's Monte Carlo"
                    + " passes (DeepAL's networks, which BALD's reference code runs on: 0.5); 0: no dropout layer",
            TrainingSection::parseDropout);
    static final Key<Integer> BATCH_SIZE = Key.integer("train.batch_size", 64, 1, 1_000_000, "mini-batch size");
    static final Key<LocalOptimizer> OPTIMIZER = Key.choice("train.optimizer", "sgd",
            List.of(Map.entry("sgd", LocalOptimizer.SGD), Map.entry("adam", LocalOptimizer.ADAM)),
            "the clients' local optimiser, PyTorch's update rules: sgd, with train.momentum; adam, betas (0.9, 0.999),"
                    + " eps 1e-8, train.weight_decay added to the gradient (FEAL); fl.client_optimizer = persistent"
                    + " carries either's state between a client's FedAvg rounds");
    static final Key<Double> LR = Key.positive("train.lr", "0.01", 100, "local learning rate");
    static final Key<Double> MOMENTUM = Key.decimal("train.momentum", "0.9", 0, 1, "SGD momentum (Adam reads none)");
    static final Key<Double> WEIGHT_DECAY = Key.decimal("train.weight_decay", "1e-5", 0, 1,
            "weight decay, added to the gradient as PyTorch's SGD and Adam do");
    static final Key<DecaySchedule> LR_DECAY_ROUND = Key.of("train.lr_decay_round", "75%",
            "percentage of fl.rounds (relative) or a round number (absolute)",
            "the learning rate is multiplied by train.lr_decay_factor for FedAvg rounds r > int(P x fl.rounds)"
                    + " (0-based, as the reference code) when written P%, for r >= N when written N",
            DecaySchedule::parse);
    static final Key<Double> LR_DECAY_FACTOR = Key.positive("train.lr_decay_factor", "0.1", 1,
            "learning-rate multiplier from train.lr_decay_round on");
    static final Key<Integer> LR_DECAY_EPOCH = Key.integer("train.lr_decay_epoch", 0, 0, 1_000_000,
            "0: off; N: each client's learning rate is also multiplied by train.lr_decay_factor from its N-th local"
                    + " epoch of the AL round on, counting only rounds it took part in (KAFAL: 260)");
    static final Key<Boolean> HORIZONTAL_FLIP = Key.bool("train.horizontal_flip", false,
            "random horizontal flips of training images");
    static final Key<Integer> RANDOM_CROP = Key.integer("train.random_crop", 0, 0, 64,
            "random crops of training images from a copy zero-padded by this many pixels (KAFAL: 4); 0: none");

    static final Key<MemoryFormat> MEMORY_FORMAT = Key.choice("train.memory_format", "contiguous",
            List.of(Map.entry("contiguous", MemoryFormat.CONTIGUOUS),
                    Map.entry("channels-last", MemoryFormat.CHANNELS_LAST)),
            "input batches as NCHW (contiguous, the reference code's default) or in NHWC strides (channels-last,"
                    + " faster on CPUs with oneDNN; equal to float tolerance, not bit for bit: docs/kernels.md)");

    static final Key<Precision> PRECISION = Key.choice("train.precision", "fp32",
            List.of(Map.entry("fp32", Precision.FP32),
                    Map.entry("bf16", Precision.BF16)),
            "the passes in fp32, or mixed precision as torch.autocast runs it (bf16: convolutions and linear layers in"
                    + " bfloat16 on fp32 weights and SGD; CPUs with avx512_bf16 or amx_bf16 only; docs/kernels.md)");

    static final List<Key<?>> KEYS = List.of(MODEL, INIT, DROPOUT, BATCH_SIZE, LR, MOMENTUM, WEIGHT_DECAY, LR_DECAY_ROUND,
            LR_DECAY_FACTOR, LR_DECAY_EPOCH, HORIZONTAL_FLIP, RANDOM_CROP, MEMORY_FORMAT, PRECISION, OPTIMIZER);

    static TrainingSection from(Options o) {
        return new TrainingSection(o.get(MODEL), o.get(INIT), o.get(BATCH_SIZE), o.get(LR), o.get(MOMENTUM), o.get(WEIGHT_DECAY),
                o.get(LR_DECAY_ROUND), o.get(LR_DECAY_FACTOR), o.get(HORIZONTAL_FLIP),
                o.get(RANDOM_CROP), o.get(LR_DECAY_EPOCH), o.get(MEMORY_FORMAT), o.get(DROPOUT),
                o.get(PRECISION), o.get(OPTIMIZER));
    }

    static double parseDropout(String text) {
        double rate = Double.parseDouble(text.strip());
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("out of range");
        }
        return rate;
    }

    /** Local training for {@code epochs} epochs with these settings. */
    public TrainingSettings local(int epochs) {
        return new TrainingSettings(epochs, batchSize, (float) lr, (float) momentum, (float) weightDecay,
                new Augmentation(horizontalFlip, cropPadding), optimizer);
    }
}
