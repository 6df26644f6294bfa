package io.falbench.cli;

import io.falbench.runtime.NativeThreads;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code falbench} command: one entry point for data sets, runs, reports and benchmarks. */
@Command(name = "falbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Federated active learning benchmark and reproducibility suite.",
        subcommands = {ListCommand.class, DatasetsCommand.class, RunCommand.class, ReportCommand.class, CompareCommand.class,
            QuirksCommand.class, ParityCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class})
public final class Falbench implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        NativeThreads.configureFromEnvironment();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Falbench());
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            cmd.getErr().println("falbench: " + exception.getMessage());
            if (System.getenv("FALBENCH_DEBUG") != null) {
                exception.printStackTrace(cmd.getErr());
            }
            return 2;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
