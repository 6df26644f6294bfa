package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.kernels.registry.KernelsRegistry;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchKernelsTest {

    @Test
    void theHelpNamesEveryRegistryBackendAsTheDefault() {
        CommandLine kernels = Falbench.commandLine().getSubcommands().get("bench").getSubcommands().get("kernels");
        assertThat(kernels.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " "))
                .contains("default: all of " + String.join(", ", KernelsRegistry.NAMES));
    }

    @Test
    void withoutTheOptionTheBackendsAreLeftToTheRunnerWhichTakesTheRegistrys() {
        assertThat(parse("bench", "kernels", "--quick").backends).isNull();
        assertThat(parse("bench", "kernels", "--backends", "java,nd4j").backends).containsExactly("java", "nd4j");
    }

    private static BenchKernels parse(String... args) {
        CommandLine.ParseResult result = Falbench.commandLine().parseArgs(args);
        return (BenchKernels) result.subcommand().subcommand().commandSpec().userObject();
    }
}
