package io.falbench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhJsonTest {

    @TempDir
    Path directory;

    @Test
    void aJmhResultFileIsReadBackAndRenderedIntoATableAndAPlot() throws IOException {
        Path json = directory.resolve("jmh-targets.json");
        Files.writeString(json, """
                [{"benchmark": "io.falbench.bench.PrototypeDistancesBenchmark.nearestPrototype",
                  "params": {"backend": "java", "n": "50000", "features": "512", "classes": "100", "metric": "COSINE"},
                  "primaryMetric": {"score": 40.0, "scoreError": 2.5, "scoreUnit": "ms/op"}},
                 {"benchmark": "io.falbench.bench.PrototypeDistancesBenchmark.nearestPrototype",
                  "params": {"backend": "djl", "n": "50000", "features": "512", "classes": "100", "metric": "COSINE"},
                  "primaryMetric": {"score": 160.0, "scoreError": "NaN", "scoreUnit": "ms/op"}}]
                """);
        List<KernelResult> results = JmhJson.read(json);
        assertThat(results).extracting(KernelResult::kernel).containsExactly("PrototypeDistancesBenchmark", "PrototypeDistancesBenchmark");
        assertThat(results.get(0).millis()).isEqualTo(40.0);
        assertThat(results.get(0).params()).containsEntry("metric", "COSINE");
        assertThat(results.get(1).error()).isZero();

        JmhJson.render(json);
        assertThat(Files.readString(directory.resolve("jmh-targets.md"))).contains("| PrototypeDistances | djl |").contains("0.25x");
        assertThat(Files.size(directory.resolve("jmh-targets.png"))).isGreaterThan(1000);
    }

    @Test
    void aFileThatIsNotAJmhResultIsRejectedWithItsName() throws IOException {
        Path json = directory.resolve("peers.json");
        Files.writeString(json, "{\"triad\": 25.1}");
        assertThatThrownBy(() -> JmhJson.read(json)).isInstanceOf(IOException.class)
                .hasMessageContaining("peers.json").hasMessageContaining("not a JMH result array");
    }
}
