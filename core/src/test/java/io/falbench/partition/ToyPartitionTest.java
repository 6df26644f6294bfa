package io.falbench.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.datasets.image.ImageSet;
import io.falbench.registry.Entry;
import io.falbench.registry.Registry;
import io.falbench.settings.Options;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** docs/extending.md, "A partition": the toy partitioner and its registration line, splitting seven samples. */
class ToyPartitionTest {

    /** Toy: sample i goes to client i mod K (no shuffle, no class balance). */
    record RoundRobin() implements Partitioner {

        @Override
        public Partition split(ImageSet train, int numClasses, int numClients, SplittableRandom random) {
            return new Partition(IntStream.range(0, numClients).mapToObj(k -> IntStream.range(0, train.size())
                    .filter(i -> i % numClients == k).toArray()).toArray(int[][]::new));
        }
    }

    /** The registration line, as it would stand in {@link Partitioners#REGISTRY}. */
    static final Entry<Partitioners.Factory> ENTRY = Entry.<Partitioners.Factory>of("round-robin",
            "sample i to client i mod K (a toy)", (p, spec, o) -> new RoundRobin());

    @Test
    void theToyDealsSamplesRoundRobin() {
        Registry<Partitioners.Factory> registry = new Registry<>("partition", ENTRY);
        ImageSet train = new ImageSet(new float[7], new int[7], 1, 1, 1);
        Partition partition = registry.factory("round-robin").create(null, "round-robin", Options.DEFAULTS)
                .split(train, 1, 3, new SplittableRandom(1));
        assertThat(partition.clientIndices()).isDeepEqualTo(new int[][] {{0, 3, 6}, {1, 4}, {2, 5}});
    }
}
