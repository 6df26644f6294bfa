package io.falbench.cli;

import io.falbench.bench.JmhJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code falbench bench render NAME.json}: the table and the plot again from a JMH JSON, without re-running it. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Rewrites NAME.md and NAME.png next to a NAME.json written by `falbench bench kernels`.")
final class BenchRender implements Callable<Integer> {

    @Parameters(paramLabel = "JSON", description = "The JMH JSON, e.g. reports/results/kernels/jmh-targets.json.")
    Path json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(json)) {
            throw new IllegalArgumentException(json + " does not exist; `falbench bench kernels` writes NAME.json into reports/results/kernels");
        }
        for (Path path : JmhJson.render(json)) {
            System.out.println(path);
        }
        return 0;
    }
}
