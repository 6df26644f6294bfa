package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fl.ClientWorkers;
import io.falbench.model.Architecture;
import io.falbench.model.Initialization;
import io.falbench.model.MemoryFormat;
import io.falbench.model.Network;
import io.falbench.model.NetworkSpec;
import io.falbench.model.Normalization;
import io.falbench.model.Weights;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The test set split over client workers gives the predictions of one pass on one network, class for class: each
 * worker forms the same inference batches, on one libtorch thread instead of two.
 */
class EvaluationTest {

    @Test
    void splittingTheTestSetOverWorkersChangesNoPrediction() {
        ImageSet test = images(333, 3, 32, 32);
        for (Architecture architecture : new Architecture[] {Architecture.CNN4CONV, Architecture.RESNET8}) {
            for (MemoryFormat format : MemoryFormat.values()) {
                NetworkSpec spec = new NetworkSpec(architecture, 3, 32, 32, 10, Normalization.NONE,
                        Initialization.PYTORCH).with(format);
                try (Network network = Network.create(spec, 11);
                     Network other = Network.create(spec, 12);
                     ClientWorkers workers = ClientWorkers.of(2, 2, spec)) {
                    Weights model = other.weights();
                    Weights initial = network.weights();
                    int[] alone = Evaluation.predictedClasses(network, test, model, ClientWorkers.sequential());
                    network.setWeights(initial);
                    int[] split = Evaluation.predictedClasses(network, test, model, workers);
                    assertThat(split).as(architecture + " " + format.id()).isEqualTo(alone);
                    assertThat(network.weights().values().get(0)).as("the caller's network holds the model")
                            .isEqualTo(model.values().get(0));
                    Evaluation one = Evaluation.of(network, test, 10, List.of(model));
                    Evaluation two = Evaluation.of(network, test, 10, List.of(model), workers);
                    assertThat(two).isEqualTo(one);
                }
            }
        }
    }

    private static ImageSet images(int count, int channels, int height, int width) {
        SplittableRandom random = new SplittableRandom(5);
        float[] pixels = new float[count * channels * height * width];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) random.nextGaussian();
        }
        return new ImageSet(pixels, random.ints(count, 0, 10).toArray(), channels, height, width);
    }
}
