package io.falbench.reports.claims;

import io.falbench.reports.results.ResultRow;
import java.util.List;

/**
 * The number of seeds a protocol's run is judged at, written in the claims file before the seeds that reach it ran:
 * a sample size fixed in advance, so that adding seeds until a verdict turns cannot choose the verdict (optional
 * stopping; docs/statistics.md). With fewer seeds a verdict is interim; seeds at or beyond the plan are left out.
 * A line {@code seeds PROTOCOL = N: REASON} of the claims file.
 *
 * @param line the line of the claims file that fixes it
 */
public record SeedPlan(String protocol, int seeds, String reason, int line) {

    public SeedPlan {
        if (seeds < 2) {
            throw new IllegalArgumentException("a plan needs at least 2 seeds (a paired t test), got " + seeds);
        }
    }

    /** Parses {@code seeds PROTOCOL = N: REASON}; an error says the accepted form. */
    static SeedPlan parse(String text, int line) {
        String form = "write 'seeds PROTOCOL = N: REASON' (N the seeds an arm is judged at, at least 2; the reason a"
                + " line saying why and when it was fixed)";
        int eq = text.indexOf('=');
        int colon = text.indexOf(':', Math.max(eq, 0));
        String[] head = eq < 0 ? new String[0] : text.substring(0, eq).strip().split("\\s+");
        if (eq < 0 || colon < 0 || head.length != 2 || text.substring(colon + 1).isBlank()) {
            throw new IllegalArgumentException(form + ", got '" + text + "'");
        }
        int seeds;
        try {
            seeds = Integer.parseInt(text.substring(eq + 1, colon).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(form + ", got '" + text + "'", e);
        }
        return new SeedPlan(head[1], seeds, text.substring(colon + 1).strip(), line);
    }

    /** The rows the claims are judged on: those of the planned seeds (0 to seeds - 1). */
    List<ResultRow> judged(List<ResultRow> rows) {
        return rows.stream().filter(r -> r.seed() < seeds).toList();
    }

    /** Whether the run holds seeds the plan leaves out. */
    boolean exceeded(List<ResultRow> rows) {
        return rows.stream().anyMatch(r -> r.seed() >= seeds);
    }

    /** Whether a comparison with {@code seeds} paired seeds (some) is short of the plan. */
    boolean interim(int pairedSeeds) {
        return pairedSeeds > 0 && pairedSeeds < seeds;
    }
}
