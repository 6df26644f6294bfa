package io.falbench.cli;

import io.falbench.bench.KernelBenchRunner;
import io.falbench.kernels.registry.KernelsRegistry;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code falbench bench kernels [--quick|--grid]}: the kernel benchmarks through JMH, JSON + table + plot into reports/. */
@Command(name = "kernels", mixinStandardHelpOptions = true,
        description = {"Runs the kernel JMH benchmarks and writes NAME.json (JMH JSON), NAME.md and NAME.png.",
            "Default suite: the issue's target points (n=50,000, D=512; tens of minutes on 2 cores).",
            "Threads: FALBENCH_THREADS (java pool, PyTorch, OpenMP, OpenBLAS)."})
final class BenchKernels implements Callable<Integer> {

    @Option(names = "--quick", description = "The same kernels at n=10,000, D=128 with short iterations (a few minutes).")
    boolean quick;

    @Option(names = "--grid", description = "The full grid n {10k,50k} x D {128,512} x C {10,100} x k {100,1000} (hours).")
    boolean grid;

    /** Not given: the runner times every backend of KernelsRegistry.NAMES. */
    @Option(names = "--backends", split = ",", completionCandidates = KernelsBackends.class,
            description = "Backends to time, comma-separated (default: all of ${COMPLETION-CANDIDATES}).")
    String[] backends;

    @Option(names = "--include", description = "Only benchmark classes whose name contains this (e.g. Seeding, KCenter).")
    String include;

    @Option(names = "--out", description = "Output directory (default: reports/results/kernels in the checkout).")
    Path out;

    @Option(names = "--name", description = "File name stem (default: jmh-SUITE).")
    String name;

    @Option(names = "--forks", defaultValue = "1", description = "JMH forks per benchmark (default: ${DEFAULT-VALUE}).")
    int forks;

    @Override
    public Integer call() throws Exception {
        if (quick && grid) {
            throw new IllegalArgumentException("choose one of --quick and --grid");
        }
        String suite = quick ? "quick" : grid ? "grid" : "targets";
        Path directory = out != null ? out : FalbenchHome.resolve("reports/results/kernels");
        KernelBenchRunner runner = new KernelBenchRunner(directory, name != null ? name : "jmh-" + suite, forks, System.err);
        List<Path> written = runner.run(suite, backends, include);
        for (Path path : written) {
            System.out.println(path);
        }
        return 0;
    }

    /** The registry's backend names, for the help text and shell completion. */
    static final class KernelsBackends implements Iterable<String> {

        KernelsBackends() {
        }

        @Override
        public Iterator<String> iterator() {
            return KernelsRegistry.NAMES.iterator();
        }
    }
}
