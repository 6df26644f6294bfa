package io.falbench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.kernels.registry.KernelsRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

class KernelSuitesTest {

    @Test
    void withoutARequestTheSuitesTimeEveryRegistryBackend() {
        assertThat(KernelSuites.backends(null)).containsExactlyElementsOf(KernelsRegistry.NAMES);
        assertThat(KernelSuites.backends(new String[0])).containsExactlyElementsOf(KernelsRegistry.NAMES);
    }

    @Test
    void requestedBackendsMustBeRegistryNames() {
        assertThat(KernelSuites.backends(new String[]{"JAVA", " djl"})).containsExactly("java", "djl");
        assertThatThrownBy(() -> KernelSuites.backends(new String[]{"java", "blas"}))
                .hasMessageContaining("'blas'").hasMessageContaining(String.join(", ", KernelsRegistry.NAMES));
    }

    @Test
    void theBackendsTheSuitesTreatSpeciallyAreRegistryNames() {
        assertThat(KernelsRegistry.NAMES).contains(KernelSuites.REFERENCE, KernelSuites.SLOW_GEMV)
                .containsAll(KernelSuites.SEEDING_VARIANTS);
        assertThat(KernelSuites.SEEDING_VARIANTS).doesNotContain(KernelSuites.REFERENCE);
    }

    /** JMH needs literal @Param values; the runner overrides them, and they must still be what the full grid times. */
    @Test
    void theJmhBackendDefaultsAreTheRegistryBackendsTheGridTimes() throws Exception {
        int checked = 0;
        for (KernelRun run : KernelSuites.suite("grid", KernelSuites.ALL_BACKENDS)) {
            Class<?> benchmark = Class.forName("io.falbench.bench." + run.benchmark());
            boolean hasBackend = java.util.Arrays.stream(benchmark.getFields()).anyMatch(f -> f.getName().equals("backend"));
            assertThat(hasBackend).as(run.benchmark()).isEqualTo(run.params().containsKey("backend"));
            if (hasBackend) {
                String[] defaults = benchmark.getField("backend").getAnnotation(Param.class).value();
                assertThat(defaults).as(run.benchmark()).containsExactly(run.params().get("backend"));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(5);
        assertThat(KernelSuites.dense(KernelSuites.ALL_BACKENDS)).isNotEmpty().doesNotContainAnyElementsOf(KernelSuites.SEEDING_VARIANTS);
    }

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
    void aTrainedImageCountsThreeForwardPassesAnInferredImageOne() {
        double forward = io.falbench.model.Architecture.CNN4CONV.forwardFlops(3, 32, 32, 10);
        KernelResult train = new KernelResult("NetworkPassBenchmark",
                Map.of("architecture", "cnn4conv", "pass", "train", "images", "1024"), 1000.0, 0);
        KernelResult infer = new KernelResult("NetworkPassBenchmark",
                Map.of("architecture", "cnn4conv", "pass", "infer", "images", "1024"), 1000.0, 0);
        assertThat(train.work()).isEqualTo(3 * 1024 * forward);
        assertThat(infer.work()).isEqualTo(1024 * forward);
        assertThat(infer.rate()).isCloseTo(1024 * forward / 1e9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(infer.rateUnit()).isEqualTo("GFLOP/s");
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
