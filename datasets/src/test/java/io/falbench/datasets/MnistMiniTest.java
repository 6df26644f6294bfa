package io.falbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistMiniTest {

    @Test
    void theEmbeddedSubsetUnpacksVerifiesAndIsStratified(@TempDir Path dataDir) throws IOException {
        Dataset mini = DatasetLoader.loadVerified(DatasetRegistry.MNIST_MINI, dataDir, line -> { });
        assertThat(mini.train().size()).isEqualTo(MnistMini.TRAIN_SIZE);
        assertThat(mini.test().size()).isEqualTo(MnistMini.TEST_SIZE);
        int[] histogram = mini.train().classHistogram(10);
        // MNIST's class shares (5421..6742 of 60000) scaled to 4000 images
        assertThat(java.util.Arrays.stream(histogram).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(360, 450));
        assertThat(DatasetVerifier.allOk(DatasetVerifier.verify(DatasetRegistry.MNIST_MINI, dataDir))).isTrue();
    }
}
