package io.falbench.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import io.falbench.registry.Entry;
import io.falbench.registry.Registry;
import java.util.List;
import java.util.Locale;

/**
 * The networks falbench trains: a feature extractor (whose output is the penultimate embedding)
 * followed by a linear classification head.
 * <ul>
 *   <li>{@code mlp}: flatten, 256 ReLU, 128 ReLU (embedding 128), linear head; for MNIST-like inputs
 *       (the Dataiku study's MNIST model is unpublished; an MLP is its plain reading).</li>
 *   <li>{@code cnn4conv}: 4 x [conv 3x3, 64 filters, BatchNorm, ReLU, max-pool 2], flatten, linear head
 *       (FairFAL's backbone: embedding 256 at 32x32, 64 at 28x28).</li>
 *   <li>{@code resnet8}: KAFAL's {@code preact_resnet8_cifar} (Cao et al. ICCV 2023, {@code models/preact_resnet.py}):
 *       conv 3x3 16 (no bias), three residual blocks [conv 3x3, BatchNorm, ReLU, conv 3x3, BatchNorm, + shortcut,
 *       ReLU] of 16, 32 (stride 2) and 64 (stride 2) filters, the shortcut a 1x1 strided conv without BatchNorm where
 *       the shape changes, then BatchNorm, ReLU, global average pooling (the reference's 8x8 average pool at 32x32),
 *       linear head; embedding 64. Despite its name it uses post-activation blocks, as the reference does.</li>
 * </ul>
 */
public enum Architecture {
    MLP, CNN4CONV, RESNET8;

    public static final Registry<Architecture> REGISTRY = new Registry<>("model",
            Entry.of("mlp", "784-256-128 MLP, embedding 128 (plain reading of the Dataiku MNIST model)", MLP),
            Entry.of("cnn4conv", "4 x [conv3x3 64, BatchNorm, ReLU, max-pool 2] + linear (FairFAL's backbone)",
                    CNN4CONV).aliases("cnn-4conv", "cnn4"),
            Entry.of("resnet8", "ResNet-8 of 16/32/64 filters, embedding 64 (KAFAL's preact_resnet8_cifar)", RESNET8)
                    .aliases("preact-resnet8"));

    public static Architecture parse(String name) {
        return REGISTRY.factory(name);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The feature extractor for inputs of the given shape (channels, height, width). */
    SequentialBlock features(int channels, int height, int width) {
        SequentialBlock features = new SequentialBlock();
        switch (this) {
            case MLP -> features.add(Blocks.batchFlattenBlock())
                    .add(Linear.builder().setUnits(256).build()).add(Activation.reluBlock())
                    .add(Linear.builder().setUnits(128).build()).add(Activation.reluBlock());
            case CNN4CONV -> {
                for (int layer = 0; layer < 4; layer++) {
                    features.add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                                    .setFilters(64).build())
                            .add(BatchNorm.builder().build())
                            .add(Activation.reluBlock())
                            .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
                }
                features.add(Blocks.batchFlattenBlock());
            }
            case RESNET8 -> features.add(conv(16, 3, 1))
                    .add(residual(16, 16, 1)).add(residual(16, 32, 2)).add(residual(32, 64, 2))
                    .add(BatchNorm.builder().build()).add(Activation.reluBlock())
                    .add(Pool.globalAvgPool2dBlock()).add(Blocks.batchFlattenBlock());
            default -> throw new IllegalStateException(name());
        }
        return features;
    }

    private static Block conv(int filters, int kernel, int stride) {
        return Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).optStride(new Shape(stride, stride))
                .optPadding(new Shape(kernel / 2, kernel / 2)).setFilters(filters).optBias(false).build();
    }

    /** A post-activation basic block: relu(bn(conv(relu(bn(conv(x))))) + shortcut(x)). */
    private static Block residual(int in, int out, int stride) {
        SequentialBlock main = new SequentialBlock().add(conv(out, 3, stride)).add(BatchNorm.builder().build())
                .add(Activation.reluBlock()).add(conv(out, 3, 1)).add(BatchNorm.builder().build());
        Block shortcut = stride != 1 || in != out ? conv(out, 1, stride) : Blocks.identityBlock();
        return new SequentialBlock()
                .add(new ParallelBlock(branches -> new NDList(branches.get(0).singletonOrThrow()
                        .add(branches.get(1).singletonOrThrow())), List.of(main, shortcut)))
                .add(Activation.reluBlock());
    }

    /**
     * Floating-point operations of one forward pass of one image (2 per multiply-add of the convolutions and linear
     * layers; BatchNorm, ReLU and pooling not counted): the work measure of the benchmarks' FLOP rates. A training
     * step is counted as 3 forward passes (forward, and a backward pass of about twice its work).
     */
    public double forwardFlops(int channels, int height, int width, int numClasses) {
        double macs = switch (this) {
            case MLP -> (double) channels * height * width * 256 + 256 * 128;
            case CNN4CONV -> {
                double sum = 0;
                int in = channels;
                int h = height;
                int w = width;
                for (int layer = 0; layer < 4; layer++) {
                    sum += (double) h * w * 64 * in * 9;
                    in = 64;
                    h /= 2;
                    w /= 2;
                }
                yield sum;
            }
            case RESNET8 -> {
                int h2 = (height + 1) / 2;
                int w2 = (width + 1) / 2;
                int h4 = (h2 + 1) / 2;
                int w4 = (w2 + 1) / 2;
                yield (double) height * width * 16 * (channels * 9 + 2 * 16 * 9)
                        + (double) h2 * w2 * 32 * (16 * 9 + 32 * 9 + 16)
                        + (double) h4 * w4 * 64 * (32 * 9 + 64 * 9 + 32);
            }
        };
        return 2 * (macs + (double) embeddingDimension(height, width) * numClasses);
    }

    /** The penultimate embedding's dimension for inputs of the given shape. */
    public int embeddingDimension(int height, int width) {
        return switch (this) {
            case MLP -> 128;
            case RESNET8 -> 64;
            case CNN4CONV -> {
                int h = height;
                int w = width;
                for (int layer = 0; layer < 4; layer++) {
                    h /= 2;
                    w /= 2;
                }
                yield 64 * h * w;
            }
        };
    }
}
