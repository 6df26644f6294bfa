package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The trained parameters (BatchNorm's running statistics left out) of each architecture, counted layer by layer by hand:
 * the counts scripts/network_peers.py checks its PyTorch copies against (ResNet-8's is in {@link ResNet8Test}).
 */
class ParameterCountTest {

    private static long trained(Architecture architecture, int channels, int side) {
        try (Network net = Network.create(NetworkSpec.plain(architecture, channels, side, side, 10), 1)) {
            Weights w = net.weights();
            long count = 0;
            for (int i = 0; i < w.names().size(); i++) {
                if (net.trainedParameters().contains(w.names().get(i))) {
                    count += w.values().get(i).length;
                }
            }
            return count;
        }
    }

    @Test
    void cnn4convOnCifar() {
        // conv 3->64 (27*64 + 64), three conv 64->64 (576*64 + 64), four BatchNorm (64 + 64), head 256*10 + 10
        assertThat(trained(Architecture.CNN4CONV, 3, 32)).isEqualTo(1_792 + 3 * 36_928 + 4 * 128 + 2_570)
                .isEqualTo(115_658);
    }

    @Test
    void mlpOnMnist() {
        // 784*256 + 256, 256*128 + 128, head 128*10 + 10
        assertThat(trained(Architecture.MLP, 1, 28)).isEqualTo(200_960 + 32_896 + 1_290).isEqualTo(235_146);
    }

    @Test
    void resnet8OnCifarWithDjlsInitialisation() {
        // the count of ResNet8Test (PyTorch initialisation), unchanged by DJL's
        assertThat(trained(Architecture.RESNET8, 3, 32)).isEqualTo(77_946);
    }
}
