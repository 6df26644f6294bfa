package io.falbench.reports.published;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The published points bundled with falbench ({@code points.csv} beside this class; docs/published-numbers.md). */
public final class PublishedPoints {

    /** A cpu-scaled variant of protocol P is named P + this suffix and is compared with P's published points. */
    public static final String CPU_SUFFIX = "-cpu";

    private static final String RESOURCE = "points.csv";
    private static final String HEADER = "protocol,partition,strategy,mode,labelled_fraction,accuracy,source";

    private static volatile List<PublishedPoint> all;

    private PublishedPoints() {
    }

    /** Every bundled point. */
    public static List<PublishedPoint> all() {
        if (all == null) {
            try (InputStream in = PublishedPoints.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing beside " + PublishedPoints.class);
                }
                all = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** The points that belong on a run of {@code protocol} over {@code partition}. */
    public static List<PublishedPoint> forRun(String protocol, String partition) {
        return all().stream().filter(p -> p.appliesTo(protocol, partition)).toList();
    }

    /** Parses the CSV lines ({@code #} comments, then the header, then one point per line; percent accuracies). */
    static List<PublishedPoint> parse(List<String> lines) {
        List<PublishedPoint> points = new ArrayList<>();
        boolean header = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException(RESOURCE + ":" + (n + 1) + ": expected the header '" + HEADER + "'");
                }
                header = true;
                continue;
            }
            String[] f = line.split(",", 7);
            try {
                double fraction = Double.parseDouble(f[4]);
                double percent = Double.parseDouble(f[5]);
                if (fraction <= 0 || fraction > 1 || percent < 0 || percent > 100) {
                    throw new IllegalArgumentException("fraction in (0, 1] and accuracy in [0, 100] % expected");
                }
                points.add(new PublishedPoint(f[0], f[1], f[2], f[3], fraction, percent / 100, f[6]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(RESOURCE + ":" + (n + 1) + ": malformed point '" + line + "' ("
                        + e.getMessage() + ")", e);
            }
        }
        return List.copyOf(points);
    }
}
