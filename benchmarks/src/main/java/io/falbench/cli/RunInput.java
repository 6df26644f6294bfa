package io.falbench.cli;

import io.falbench.reports.results.ResultRow;
import io.falbench.reports.results.ResultsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A run given on the command line (its directory or its results.csv) to the commands that read finished runs
 * (compare, parity, quirks); every refusal names the role, the path and what to give instead.
 */
final class RunInput {

    private static final String GIVE = "give a run directory that `falbench run PROTOCOL --out DIR` wrote (it holds"
            + " results.csv), or that results.csv";

    private RunInput() {
    }

    /** The results.csv of a run directory, or the .csv file given; anything else is named with what to give. */
    static Path resultsCsv(Path given, String role) throws IOException {
        if (Files.isDirectory(given)) {
            Path csv = given.resolve("results.csv");
            if (!Files.isRegularFile(csv)) {
                throw new IOException(role + " " + given + " is a directory without results.csv (not a run"
                        + " directory, or a run with no finished cell yet); " + GIVE);
            }
            return csv;
        }
        if (!Files.exists(given)) {
            throw new IOException(role + " " + given + " does not exist; " + GIVE);
        }
        if (!given.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new IOException(role + " " + given + " is a file, not a run directory nor a results.csv; " + GIVE);
        }
        return given;
    }

    /** The rows of a results.csv, a parse failure prefixed with the role it was given as. */
    static List<ResultRow> read(Path csv, String role) throws IOException {
        try {
            return ResultsReader.read(csv);
        } catch (IOException e) {
            throw new IOException(role + ": " + e.getMessage(), e);
        }
    }

    /** {@link #resultsCsv} then {@link #read}. */
    static List<ResultRow> rows(Path given, String role) throws IOException {
        return read(resultsCsv(given, role), role);
    }
}
