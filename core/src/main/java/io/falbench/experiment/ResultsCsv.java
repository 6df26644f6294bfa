package io.falbench.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/** {@code results.csv}: long form, one row per cell and AL round, rebuilt from the cell files. */
public final class ResultsCsv {

    public static final String HEADER = "protocol,dataset,partition,strategy,mode,seed,round,labelled,"
            + "labelled_fraction,accuracy,balanced_accuracy,macro_f1,bytes_up,bytes_down,train_seconds,"
            + "query_seconds,eval_seconds,accuracy_spread,queried_per_client,corrupted_query_share,"
            + "near_duplicate_pairs";

    private ResultsCsv() {
    }

    public static void write(List<CellResult> results, Path file) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (CellResult result : results) {
            Cell c = result.cell();
            for (RoundResult r : result.rounds()) {
                csv.append(String.join(",", c.protocol(), c.dataset(), c.partition(), c.strategy(), c.mode(),
                                Integer.toString(c.seed()), Integer.toString(r.round()), Integer.toString(r.labelled()),
                                number(r.labelledFraction()), number(r.accuracy()), number(r.balancedAccuracy()),
                                number(r.macroF1()), Long.toString(r.bytesUp()), Long.toString(r.bytesDown()),
                                number(r.trainSeconds()), number(r.querySeconds()), number(r.evalSeconds()),
                                number(r.accuracySpread()), joined(r.queriedPerClient()),
                                diagnostic(r, "corrupted_query_share"), diagnostic(r, "near_duplicate_pairs")))
                        .append('\n');
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".results", ".part");
        Files.writeString(temp, csv);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Per-client counts joined by ';' (commas separate columns). */
    private static String joined(int[] values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ";").append(values[i]);
        }
        return out.toString();
    }

    private static String diagnostic(RoundResult round, String name) {
        Double value = round.diagnostics() == null ? null : round.diagnostics().get(name);
        return value == null ? "" : number(value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
