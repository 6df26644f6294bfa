package io.falbench.bench;

import io.falbench.datasets.image.ImageSet;
import io.falbench.model.Architecture;
import io.falbench.model.Augmentation;
import io.falbench.model.LocalTrainer;
import io.falbench.model.MemoryFormat;
import io.falbench.model.Network;
import io.falbench.model.NetworkSpec;
import io.falbench.model.Precision;
import io.falbench.model.TrainingSettings;
import io.falbench.runtime.NativeHeap;
import io.falbench.runtime.NativeThreads;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two passes a cell spends its model time in, on CIFAR-shaped images (3 x 32 x 32, 10 classes): {@code train},
 * one epoch of mini-batch SGD at batch 64 with momentum and weight decay, flips on (a FedAvg client's local epoch);
 * {@code infer}, the predicted classes of the same images (a test-set evaluation pass, and FairFAL's stop rule).
 * Work: {@link Architecture#forwardFlops} per image, 3 forward passes per trained image; comparing the two rates
 * shows whether evaluation runs at the training FLOP rate. {@code memoryFormat} is {@code train.memory_format}:
 * {@code contiguous} (NCHW batches, the default) or {@code channels-last}; {@code precision} is {@code train.precision}:
 * {@code fp32} (the default) or {@code bf16} (autocast, on CPUs with bfloat16 instructions only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 10, time = 3)
public class NetworkPassBenchmark {

    static final int CHANNELS = 3;
    static final int SIDE = 32;
    static final int CLASSES = 10;

    @Param({"cnn4conv"})
    public String architecture;
    @Param({"train", "infer"})
    public String pass;
    @Param({"1024"})
    public int images;
    @Param({"contiguous", "channels-last"})
    public String memoryFormat;
    @Param({"fp32"})
    public String precision;

    private Network network;
    private ImageSet data;
    private int[] indices;
    private TrainingSettings settings;
    private SplittableRandom random;

    @Setup
    public void setUp() {
        NativeThreads.configureFromEnvironment();
        NativeHeap.configure();
        SplittableRandom draws = new SplittableRandom(BenchInputs.SEED);
        float[] pixels = new float[images * CHANNELS * SIDE * SIDE];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) draws.nextDouble();
        }
        int[] labels = draws.ints(images, 0, CLASSES).toArray();
        data = new ImageSet(pixels, labels, CHANNELS, SIDE, SIDE);
        indices = IntStream.range(0, images).toArray();
        MemoryFormat format = memoryFormat.equals("channels-last") ? MemoryFormat.CHANNELS_LAST
                : MemoryFormat.CONTIGUOUS;
        network = Network.create(NetworkSpec.plain(Architecture.parse(architecture), CHANNELS, SIDE, SIDE, CLASSES)
                .with(format).with(Precision.valueOf(precision.toUpperCase(java.util.Locale.ROOT))),
                BenchInputs.SEED);
        settings = new TrainingSettings(1, 64, 0.01f, 0.9f, 1e-5f, true);
        random = new SplittableRandom(BenchInputs.SEED);
    }

    @Benchmark
    public Object pass() {
        if (pass.equals("train")) {
            return LocalTrainer.train(network, data, indices, data.labels(), settings, random);
        }
        return network.predictedClasses(data, indices, Augmentation.NONE, null);
    }

    @TearDown
    public void tearDown() {
        network.close();
    }
}
