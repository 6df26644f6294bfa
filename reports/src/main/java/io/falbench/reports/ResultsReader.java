package io.falbench.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads results.csv by its header names, so added columns never break a report. */
public final class ResultsReader {

    private static final List<String> REQUIRED = List.of("protocol", "dataset", "partition", "strategy", "mode",
            "seed", "round", "labelled", "labelled_fraction", "accuracy", "balanced_accuracy", "macro_f1");

    private ResultsReader() {
    }

    public static List<ResultRow> read(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IOException(csv + " does not exist; run 'falbench run PROTOCOL --out "
                    + csv.toAbsolutePath().getParent() + "' first");
        }
        List<String> lines = Files.readAllLines(csv);
        if (lines.isEmpty()) {
            throw new IOException(csv + " is empty");
        }
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int[] column = new int[REQUIRED.size()];
        for (int i = 0; i < REQUIRED.size(); i++) {
            column[i] = header.indexOf(REQUIRED.get(i));
            if (column[i] < 0) {
                throw new IOException(csv + ": header lacks column '" + REQUIRED.get(i) + "'");
            }
        }
        List<ResultRow> rows = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            String[] f = lines.get(n).split(",", -1);
            try {
                rows.add(new ResultRow(f[column[0]], f[column[1]], f[column[2]], f[column[3]], f[column[4]],
                        Integer.parseInt(f[column[5]]), Integer.parseInt(f[column[6]]), Integer.parseInt(f[column[7]]),
                        Double.parseDouble(f[column[8]]), Double.parseDouble(f[column[9]]),
                        Double.parseDouble(f[column[10]]), Double.parseDouble(f[column[11]])));
            } catch (RuntimeException e) {
                throw new IOException(csv + ":" + (n + 1) + ": malformed row (" + e.getMessage() + ")", e);
            }
        }
        return rows;
    }
}
