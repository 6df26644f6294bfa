package io.falbench.experiment;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.falbench.protocol.Cell;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code results.csv}: long form, one row per cell and AL round, rebuilt from the cell files (Jackson CSV). */
public final class ResultsCsv {

    public static final List<String> COLUMNS = List.of("protocol", "dataset", "partition", "strategy", "mode", "seed",
            "round", "labelled", "labelled_fraction", "accuracy", "balanced_accuracy", "macro_f1", "bytes_up",
            "bytes_down", "train_seconds", "query_seconds", "eval_seconds", "accuracy_spread", "queried_per_client",
            RoundDiagnostics.CORRUPTED_QUERY_SHARE, RoundDiagnostics.NEAR_DUPLICATE_PAIRS, "failure");

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
            .build().withHeader();

    private ResultsCsv() {
    }

    /** Writes the table of {@code results} to {@code out} (the caller writes the file atomically). */
    public static void write(List<CellResult> results, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CellResult result : results) {
            Cell c = result.cell();
            for (RoundResult r : result.rounds()) {
                var metrics = r.evaluation().metrics();
                rows.add(List.of(c.protocol(), c.dataset(), c.partition(), c.strategy(), c.mode(),
                        Integer.toString(c.seed()), Integer.toString(r.round()),
                        Integer.toString(r.labels().labelled()), number(r.labels().labelledFraction()),
                        number(metrics.accuracy()), number(metrics.balancedAccuracy()), number(metrics.macroF1()),
                        Long.toString(r.costs().bytesUp()), Long.toString(r.costs().bytesDown()),
                        number(r.timings().trainSeconds()), number(r.timings().querySeconds()),
                        number(r.timings().evalSeconds()), number(r.evaluation().accuracySpread()),
                        joined(r.labels().queriedPerClient()), diagnostic(r, RoundDiagnostics.CORRUPTED_QUERY_SHARE),
                        diagnostic(r, RoundDiagnostics.NEAR_DUPLICATE_PAIRS), result.failed() ? result.failure() : ""));
            }
        }
        CSV.writer(SCHEMA).writeValue(out, rows);
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
        Map<String, Double> scalars = round.diagnostics() == null ? null : round.diagnostics().scalars();
        Double value = scalars == null ? null : scalars.get(name);
        return value == null ? "" : number(value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
