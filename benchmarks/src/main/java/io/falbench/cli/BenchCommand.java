package io.falbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code falbench bench}: the JMH benchmarks. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run the JMH benchmarks.",
        subcommands = {BenchKernels.class, BenchRender.class, BenchCell.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
