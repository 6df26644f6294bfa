package io.falbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code falbench datasets ...}: fetch, import, verify and inspect the real data sets. */
@Command(name = "datasets", description = "Fetch, import, verify and inspect data sets.",
        subcommands = {DatasetsFetch.class, DatasetsImport.class, DatasetsVerify.class, DatasetsInfo.class,
                DatasetsMakeMini.class})
final class DatasetsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
