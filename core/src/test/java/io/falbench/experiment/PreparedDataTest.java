package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.LongTail;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The long-tailed training set per seed (long_tail.seed) and the reference's two-views quirk. */
class PreparedDataTest {

    @TempDir
    Path dataDir;

    private PreparedData prepare(String extra) throws IOException {
        Protocol protocol = Protocol.parse("lt", "test", "dataset = mnist-mini\nlong_tail.rho = 10\nseed = 5\n" + extra);
        return PreparedData.prepare(protocol, dataDir, line -> { });
    }

    @Test
    void byDefaultEachSeedIndexDrawsItsOwnLongTailedSubsetOfTheSameSize() throws IOException {
        PreparedData data = prepare("");
        ImageSet seed0 = data.views(0).train();
        ImageSet seed1 = data.views(1).train();
        assertThat(seed0.size()).isEqualTo(seed1.size()).isEqualTo(data.trainSize());
        assertThat(seed0.pixels()).isNotEqualTo(seed1.pixels());
        assertThat(data.views(0).train().pixels()).isEqualTo(seed0.pixels());
        assertThat(data.views(0).separate()).isFalse();
    }

    @Test
    void fixedSharesTheProtocolSeedsSubsetAcrossSeeds() throws IOException {
        PreparedData data = prepare("long_tail.seed = fixed\n");
        ImageSet full = PreparedData.prepare(Protocol.parse("full", "test", "dataset = mnist-mini\n"), dataDir,
                line -> { }).views(0).train();
        ImageSet expected = LongTail.apply(full, 10, 10, 5);
        assertThat(data.views(0).train().pixels()).isEqualTo(expected.pixels());
        assertThat(data.views(3).train().pixels()).isEqualTo(expected.pixels());
        assertThat(data.views(4)).as("one draw serves every seed").isSameAs(data.views(0));
        assertThat(data.trainSize()).isEqualTo(expected.size());
    }

    @Test
    void theTwoViewsQuirkQueriesAnotherImageOfTheSameClassAtEachPosition() throws IOException {
        TrainViews views = prepare("quirks = long-tail-two-views\n").views(0);
        assertThat(views.separate()).isTrue();
        assertThat(views.query().labels()).isEqualTo(views.train().labels());
        int d = views.train().pixelsPerImage();
        int same = 0;
        for (int i = 0; i < views.train().size(); i++) {
            same += Arrays.equals(views.train().pixels(), i * d, (i + 1) * d, views.query().pixels(), i * d,
                    (i + 1) * d) ? 1 : 0;
        }
        assertThat(same).isLessThan(views.train().size() / 4);
        assertThat(prepare("").views(0).train().pixels()).isEqualTo(views.train().pixels());
    }
}
