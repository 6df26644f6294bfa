package io.falbench.reports.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.falbench.experiment.RoundDiagnostics;
import io.falbench.files.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads results.csv by its header names, so added columns never break a report. */
public final class ResultsReader {

    private static final List<String> REQUIRED = List.of("protocol", "dataset", "partition", "strategy", "mode",
            "seed", "round", "labelled", "labelled_fraction", "accuracy", "balanced_accuracy", "macro_f1");

    private static final CsvMapper CSV = new CsvMapper();

    /** What a results.csv is, and how a broken one is made again. */
    private static final String EXPECTED = "a results.csv is the table `falbench run` writes; rerunning `falbench run`"
            + " with the same protocol and --out rebuilds it from the cell files";

    private ResultsReader() {
    }

    public static List<ResultRow> read(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IOException(csv + " does not exist; run 'falbench run PROTOCOL --out "
                    + csv.toAbsolutePath().getParent() + "' first");
        }
        String text = TextFiles.read(csv, EXPECTED);
        if (text.isBlank()) {
            throw new IOException(csv + " is empty; " + EXPECTED);
        }
        List<Map<String, String>> records;
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            records = it.readAll();
            CsvSchema header = (CsvSchema) it.getParserSchema();
            for (String column : REQUIRED) {
                if (header == null || header.column(column) == null) {
                    throw new IOException(csv + ": header lacks column '" + column + "'; " + EXPECTED);
                }
            }
        } catch (RuntimeException | JsonProcessingException e) {
            throw new IOException(csv + ": not a readable CSV file (" + e.getMessage() + "); " + EXPECTED, e);
        }
        if (records.isEmpty()) {
            throw new IOException(csv + " has no rows; " + EXPECTED);
        }
        List<ResultRow> rows = new ArrayList<>();
        for (int n = 0; n < records.size(); n++) {
            Map<String, String> f = records.get(n);
            for (String column : REQUIRED) {
                if (f.get(column) == null) {
                    throw new IOException(csv + ":" + (n + 2) + ": malformed row (it ends before column '" + column
                            + "'); " + EXPECTED);
                }
            }
            try {
                rows.add(new ResultRow(f.get("protocol"), f.get("dataset"), f.get("partition"), f.get("strategy"),
                        f.get("mode"), Integer.parseInt(f.get("seed")), Integer.parseInt(f.get("round")),
                        Integer.parseInt(f.get("labelled")), Double.parseDouble(f.get("labelled_fraction")),
                        Double.parseDouble(f.get("accuracy")), Double.parseDouble(f.get("balanced_accuracy")),
                        Double.parseDouble(f.get("macro_f1")), f.getOrDefault("failure", ""),
                        number(f.get(RoundDiagnostics.CORRUPTED_QUERY_SHARE))));
            } catch (RuntimeException e) {
                throw new IOException(csv + ":" + (n + 2) + ": malformed row (" + e.getMessage() + "); " + EXPECTED, e);
            }
        }
        return rows;
    }

    private static double number(String field) {
        return field == null || field.isBlank() ? Double.NaN : Double.parseDouble(field);
    }
}
