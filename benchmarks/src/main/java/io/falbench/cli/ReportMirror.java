package io.falbench.cli;

import io.falbench.experiment.RunFiles;
import io.falbench.files.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The report's inputs (results.csv and the cell files) copied from a remote run directory into a local folder. */
final class ReportMirror {

    private ReportMirror() {
    }

    static Path copy(RunFiles run, Path local) throws IOException {
        Files.createDirectories(local.resolve("cells"));
        copy(run, "results.csv", local);
        for (String name : run.list("cells")) {
            copy(run, "cells/" + name, local);
        }
        return local;
    }

    private static void copy(RunFiles run, String relative, Path local) throws IOException {
        try (InputStream in = run.open(relative)) {
            AtomicFiles.write(local.resolve(relative), "the run directory " + run.where("") + " is untouched",
                    in::transferTo);
        }
    }
}
