package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fixtures.RandomImages;
import io.falbench.protocol.Protocol;
import io.falbench.runtime.Cpu;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code train.precision = bf16}: autocast passes agree with fp32 to bfloat16's precision (8 bits of mantissa) without
 * being equal to them, training learns and leaves fp32 weights, the thread's autocast state is restored after every
 * pass, and a CPU without bfloat16 instructions is refused before any work. The passes need such a CPU and are skipped
 * elsewhere; the refusal is tested everywhere.
 */
class PrecisionTest {

    private static boolean bf16Cpu() {
        return Precision.BF16.supportedHere();
    }

    @Test
    void bf16PredictionsAreFp32sToBfloat16PrecisionAndNotEqualToThem() {
        assumeTrue(bf16Cpu(), "this CPU has no bfloat16 instructions");
        for (Architecture architecture : new Architecture[] {Architecture.CNN4CONV, Architecture.RESNET8}) {
            ImageSet images = RandomImages.randomlyLabelled(3, 96, 3, 32, 32);
            int[] all = IntStream.range(0, images.size()).toArray();
            NetworkSpec spec = new NetworkSpec(architecture, 3, 32, 32, 10, Normalization.NONE,
                    Initialization.PYTORCH).with(MemoryFormat.CHANNELS_LAST);
            try (Network fp32 = Network.create(spec, 5);
                 Network bf16 = Network.create(spec.with(Precision.BF16), 5)) {
                Predictions exact = fp32.predict(images, all);
                Predictions mixed = bf16.predict(images, all);
                double worst = largestDifference(mixed.probabilities(), exact.probabilities());
                assertThat(worst).as(architecture + ": largest probability difference").isGreaterThan(0)
                        .isLessThan(0.03);
                assertThat(largestDifference(mixed.embeddings(), exact.embeddings()))
                        .as(architecture + ": largest embedding difference").isGreaterThan(0).isLessThan(0.1);
                assertThat(Autocast.enabled()).as("autocast left on after inference").isFalse();
            }
        }
    }

    @Test
    void bf16TrainingLearnsAsFp32AndKeepsFp32Weights() {
        assumeTrue(bf16Cpu(), "this CPU has no bfloat16 instructions");
        // learnable: the label is the brightest of ten horizontal bands
        ImageSet images = RandomImages.of(11, 256, 3, 32, 32, i -> i % 10);
        float[] pixels = images.pixels().clone();
        for (int i = 0; i < images.size(); i++) {
            int band = i % 10;
            for (int c = 0; c < 3; c++) {
                for (int y = band * 3; y < band * 3 + 3; y++) {
                    for (int x = 0; x < 32; x++) {
                        pixels[((i * 3 + c) * 32 + y) * 32 + x] += 1f;
                    }
                }
            }
        }
        ImageSet banded = new ImageSet(pixels, images.labels(), 3, 32, 32);
        int[] all = IntStream.range(0, banded.size()).toArray();
        NetworkSpec spec = new NetworkSpec(Architecture.CNN4CONV, 3, 32, 32, 10, Normalization.NONE,
                Initialization.PYTORCH).with(MemoryFormat.CHANNELS_LAST);
        TrainingSettings settings = new TrainingSettings(3, 32, 0.05f, 0.9f, 1e-4f, false);
        try (Network fp32 = Network.create(spec, 5);
             Network bf16 = Network.create(spec.with(Precision.BF16), 5)) {
            double lossFp32 = LocalTrainer.train(fp32, banded, all, banded.labels(), settings, new SplittableRandom(9));
            double lossBf16 = LocalTrainer.train(bf16, banded, all, banded.labels(), settings, new SplittableRandom(9));
            assertThat(lossBf16).as("bf16 loss of the third epoch, against ln 10 at the start")
                    .isLessThan(Math.log(10) / 2);
            assertThat(lossBf16).as("bf16 against fp32 loss of the third epoch").isCloseTo(lossFp32, within(0.25));
            int[] predicted = bf16.predictedClasses(banded, all, Augmentation.NONE, null);
            long correct = IntStream.range(0, all.length).filter(i -> predicted[i] == banded.labels()[i]).count();
            assertThat(correct).as("bf16 training accuracy").isGreaterThan(200);
            Weights weights = bf16.weights();
            assertThat(weights.values()).as("fp32 master weights").allSatisfy(v -> assertThat(v).doesNotContain(
                    Float.NaN));
            assertThat(Autocast.enabled()).as("autocast left on after training").isFalse();
        }
    }

    @Test
    void anAutocastScopeRestoresTheThreadsState() {
        assumeTrue(bf16Cpu(), "this CPU has no bfloat16 instructions");
        Network.prepareThread();
        assertThat(Autocast.enabled()).isFalse();
        try (Autocast outer = Autocast.bfloat16()) {
            assertThat(Autocast.enabled()).isTrue();
            try (Autocast inner = Autocast.bfloat16()) {
                assertThat(Autocast.enabled()).isTrue();
            }
            assertThat(Autocast.enabled()).as("after the inner scope").isTrue();
        }
        assertThat(Autocast.enabled()).as("after the outer scope").isFalse();
    }

    @Test
    void aCpuWithoutBfloat16InstructionsIsRefusedWithWhatToDo() {
        Cpu avx2 = new Cpu("Test CPU 9000", Set.of("avx2", "avx512f"));
        assertThatThrownBy(() -> Precision.BF16.requireSupported(avx2))
                .hasMessageContaining("train.precision = bf16")
                .hasMessageContaining("avx512_bf16 or amx_bf16")
                .hasMessageContaining("Test CPU 9000")
                .hasMessageContaining("train.precision = fp32");
        Precision.FP32.requireSupported(avx2);
        Precision.BF16.requireSupported(new Cpu("Test CPU 9001", Set.of("avx2", "amx_bf16")));
    }

    /** fp32, the default, is left out of the fingerprint: ProtocolTest's pinned long-run fingerprint checks that. */
    @Test
    void bf16ChangesTheFingerprintAndOnlyTheTwoPrecisionsParse() {
        Protocol bf16 = Protocol.parse("t", "t.conf", "train.precision = bf16");
        assertThat(Protocol.parse("t", "t.conf", "").training().precision()).isEqualTo(Precision.FP32);
        assertThat(bf16.training().precision()).isEqualTo(Precision.BF16);
        assertThat(bf16.fingerprint()).isNotEqualTo(Protocol.parse("t", "t.conf", "").fingerprint());
        assertThatThrownBy(() -> Protocol.parse("t", "t.conf", "train.precision = fp16"))
                .hasMessageContaining("train.precision = fp16").hasMessageContaining("fp32");
    }

    private static double largestDifference(float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
        }
        return worst;
    }
}
