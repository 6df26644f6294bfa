package io.falbench.reports;

import io.falbench.protocol.FederationSection;
import io.falbench.protocol.Protocol;
import io.falbench.protocol.ShippedProtocols;
import io.falbench.reports.published.PublishedPoint;
import io.falbench.reports.published.PublishedPoints;
import io.falbench.reports.results.ResultRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The papers' points that belong on a run (its protocol or that one's cpu-scaled variant, same partition), placed on
 * its axes (labelled samples = the fraction x the run's samples per fraction), and the report.md table of each
 * point beside this run's mean at the same fraction.
 */
final class PublishedGaps {

    /** A point on the run's axes; {@code series} the report tables' name of its arm. */
    private record Placed(PublishedPoint point, String series, AccuracyPlot.Marker marker) {
    }

    private final List<Placed> placed;
    private final double labelsPerFraction;
    private final String protocol;

    private PublishedGaps(List<Placed> placed, double labelsPerFraction, String protocol) {
        this.placed = placed;
        this.labelsPerFraction = labelsPerFraction;
        this.protocol = protocol;
    }

    static PublishedGaps of(List<ResultRow> rows, boolean severalPartitions) {
        double labelsPerFraction = rows.stream().filter(r -> r.labelledFraction() > 0)
                .mapToDouble(r -> r.labelled() / r.labelledFraction()).average().orElse(Double.NaN);
        List<Placed> placed = new ArrayList<>();
        String protocol = rows.get(0).protocol();
        rows.stream().map(ResultRow::partition).distinct().forEach(partition -> {
            for (PublishedPoint p : PublishedPoints.forRun(protocol, partition)) {
                String series = p.series() + (severalPartitions ? " / " + partition : "");
                placed.add(new Placed(p, series, new AccuracyPlot.Marker(p.strategy(), p.mode(), partition,
                        p.labelledFraction() * labelsPerFraction, p.accuracy())));
            }
        });
        return new PublishedGaps(List.copyOf(placed), labelsPerFraction, protocol);
    }

    /**
     * For a run of a cpu-scaled variant P-cpu, where its published points come from: P's own FedAvg schedule (e.g.
     * "100 FedAvg rounds x 5 local epochs"), which the variant shortens; empty for any other run or an unknown P.
     */
    String publishedSchedule() {
        if (placed.isEmpty() || !protocol.endsWith(PublishedPoints.CPU_SUFFIX)) {
            return "";
        }
        String full = protocol.substring(0, protocol.length() - PublishedPoints.CPU_SUFFIX.length());
        if (!ShippedProtocols.registry().names().contains(full)) {
            return "";
        }
        try {
            FederationSection federation = Protocol.load(full).federation();
            return federation.rounds() + " FedAvg rounds x " + federation.localEpochs() + " local epochs";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped protocol " + full, e);
        }
    }

    /** The markers to draw (a plot draws those whose series it holds). */
    List<AccuracyPlot.Marker> markers() {
        return placed.stream().map(Placed::marker).toList();
    }

    /** The table for the series this run holds, or "" when none of them has a published point. */
    String markdown(List<Curve> accuracy) {
        StringBuilder md = new StringBuilder();
        for (Placed p : placed) {
            Curve curve = accuracy.stream().filter(c -> c.series().equals(p.series())).findFirst()
                    .orElse(null);
            if (curve == null) {
                continue;
            }
            Curve.Point at = curve.points().stream()
                    .filter(q -> Math.abs(q.labelled() - p.marker().labelled()) < 0.005 * labelsPerFraction)
                    .findFirst().orElse(null);
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s | %s |%n", p.series(),
                    p.point().labelledFraction(), 100 * p.point().accuracy(), at == null ? "not reached"
                            : String.format(Locale.ROOT, "%.2f ± %.2f", 100 * at.mean(), 100 * at.std()),
                    at == null ? "" : String.format(Locale.ROOT, "%+.2f", 100 * (at.mean() - p.point().accuracy())),
                    p.point().source()));
        }
        String schedule = publishedSchedule();
        String scaled = schedule.isEmpty() ? "" : " The published points come from `" + protocol.substring(0,
                protocol.length() - PublishedPoints.CPU_SUFFIX.length()) + "`'s schedule (" + schedule + " per AL"
                + " round); this run is its cpu-scaled variant, so each gap includes the shorter schedule.";
        return md.isEmpty() ? "" : "## Beside the published numbers\n\nPublished points (diamonds on the plots) and"
                + " this run's mean ± s.d. at the same labelled fraction; the gap is this run minus the paper, in"
                + " points." + scaled + "\n\n| series | labelled fraction | published | this run | gap | source |\n"
                + "|---|---:|---:|---:|---:|---|\n" + md;
    }
}
