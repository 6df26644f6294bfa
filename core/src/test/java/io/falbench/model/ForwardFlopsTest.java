package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The forward-pass work of each architecture, counted layer by layer by hand (2 flops per multiply-add). */
class ForwardFlopsTest {

    @Test
    void cnn4convOnCifarAndOnFashionMnist() {
        // 32x32x3: 1024*64*27 + 256*64*576 + 64*64*576 + 16*64*576 MACs, head 256*10
        assertThat(Architecture.CNN4CONV.forwardFlops(3, 32, 32, 10))
                .isEqualTo(2.0 * (1_769_472 + 9_437_184 + 2_359_296 + 589_824 + 2_560));
        // 28x28x1: 784*64*9 + 196*64*576 + 49*64*576 + 9*64*576 (28 -> 14 -> 7 -> 3 -> 1), head 64*10
        assertThat(Architecture.CNN4CONV.forwardFlops(1, 28, 28, 10))
                .isEqualTo(2.0 * (451_584 + 7_225_344 + 1_806_336 + 331_776 + 640));
    }

    @Test
    void resnet8CountsItsStridedAndShortcutConvolutions() {
        // stem 1024*16*27; block 1: 2 x 1024*16*144; block 2 at 16x16: 32*16*9, 32*32*9, 1x1 32*16;
        // block 3 at 8x8: 64*32*9, 64*64*9, 1x1 64*32; head 64*10
        double macs = 442_368 + 4_718_592 + 256.0 * (4_608 + 9_216 + 512) + 64.0 * (18_432 + 36_864 + 2_048) + 640;
        assertThat(Architecture.RESNET8.forwardFlops(3, 32, 32, 10)).isEqualTo(2 * macs);
    }

    @Test
    void anMlpDoesOneMultiplyAddPerWeight() {
        try (Network net = Network.create(NetworkSpec.plain(Architecture.MLP, 1, 28, 28, 10), 1)) {
            Weights w = net.weights();
            long weights = 0;
            for (int i = 0; i < w.names().size(); i++) {
                if (w.names().get(i).endsWith("_weight")) {
                    weights += w.values().get(i).length;
                }
            }
            assertThat(weights).isEqualTo(784 * 256 + 256 * 128 + 128 * 10);
            assertThat(Architecture.MLP.forwardFlops(1, 28, 28, 10)).isEqualTo(2.0 * weights);
        }
    }
}
