package io.falbench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelSuitesTest {

    @Test
    void theTargetsSuiteContainsTheIssuesTargetPoints() {
        List<KernelRun> runs = KernelSuites.suite("targets", KernelSuites.ALL_BACKENDS);
        assertThat(runs).anySatisfy(run -> {
            assertThat(run.benchmark()).isEqualTo("BadgeSeedingBenchmark");
            assertThat(run.params().get("n")).containsExactly("50000");
            assertThat(run.params().get("classes")).containsExactly("10");
            assertThat(run.params().get("features")).containsExactly("512");
            assertThat(run.params().get("k")).containsExactly("1000");
        });
        assertThat(runs).anySatisfy(run -> {
            assertThat(run.benchmark()).isEqualTo("WeightedKMeansBenchmark");
            assertThat(run.params().get("iterations")).contains("10");
            assertThat(run.params().get("k")).containsExactly("100");
        });
        assertThat(runs).anySatisfy(run -> {
            assertThat(run.benchmark()).isEqualTo("PrototypeDistancesBenchmark");
            assertThat(run.params().get("classes")).containsExactly("100");
            assertThat(run.params().get("backend")).doesNotContain("java-pruned", "java-bf16");
        });
    }

    @Test
    void anUnknownSuiteIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> KernelSuites.suite("full", KernelSuites.ALL_BACKENDS)).hasMessageContaining("targets, quick, grid");
    }

    @Test
    void seedingRateCountsOnePassOverNTimesCPlusDFloatsPerCentre() {
        KernelResult result = new KernelResult("BadgeSeedingBenchmark",
                Map.of("backend", "java", "kind", "gradient", "n", "50000", "classes", "10", "features", "512", "k", "100"), 1000.0, 0);
        assertThat(result.work()).isEqualTo(100.0 * 50000 * 522 * 4);
        assertThat(result.rate()).isCloseTo(10.44, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.rateUnit()).isEqualTo("GB/s");
    }

    @Test
    void theTableComparesEachBackendWithJavaAtTheSameParameters() {
        List<KernelResult> results = List.of(
                new KernelResult("PrototypeDistancesBenchmark", Map.of("backend", "java", "n", "10", "features", "4", "classes", "2"), 2.0, 0.1),
                new KernelResult("PrototypeDistancesBenchmark", Map.of("backend", "nd4j", "n", "10", "features", "4", "classes", "2"), 1.0, 0.1));
        String table = ResultsTable.markdown(results, "test");
        assertThat(table).contains("| PrototypeDistances | nd4j |").contains("2.00x").contains("GFLOP/s");
    }
}
