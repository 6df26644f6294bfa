package io.falbench.reports.claims;

import io.falbench.reports.results.ResultRow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Claims written or changed after some of a run's results were in view, judged again on the seeds whose every cell
 * started after the claims' last change: results the claims could not have been fitted to (a confirmatory test, as a
 * preregistered analysis is). Seeds are independent runs, so the later seeds alone are a valid, smaller sample; the
 * section is shown only where the claims do not all precede the run.
 */
final class Confirmatory {

    private Confirmatory() {
    }

    /** The seeds of the run whose every cell started after {@code time}. */
    static Set<Integer> seedsAfter(List<ClaimsProvenance.CellStart> starts, Instant time) {
        Map<Integer, Instant> firstStart = starts.stream().collect(Collectors.toMap(ClaimsProvenance.CellStart::seed,
                ClaimsProvenance.CellStart::startedAt, (a, b) -> a.isBefore(b) ? a : b));
        return firstStart.entrySet().stream().filter(e -> e.getValue().isAfter(time)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The claims judged on the seeds run after their last change, or null where every claim precedes the run or the
     * claims' commits are unknown (then there is no section).
     *
     * @param fixedAt   the claims' last change
     * @param seeds     the seeds whose every cell started after it
     * @param judgement the claims judged on those seeds (empty below 2 of them)
     */
    record Result(ClaimsProvenance.LineCommit fixedAt, Set<Integer> seeds, List<Judge.Judgement> judgement) {
    }

    /** @param rows the rows the claims are judged on (the plan's seeds) */
    static Result of(ClaimsProvenance provenance, List<Claim> claims, List<ResultRow> rows) {
        Instant first = provenance.firstCell();
        if (first == null || provenance.lines().isEmpty() || claims.isEmpty() || provenance.precedesRun(claims)) {
            return null;
        }
        List<ClaimsProvenance.LineCommit> changes = claims.stream().map(c -> provenance.lastChange(c.line())).toList();
        if (changes.stream().anyMatch(l -> l == null || !l.committed())) {
            return null;
        }
        ClaimsProvenance.LineCommit last = changes.stream()
                .max(Comparator.comparing(ClaimsProvenance.LineCommit::committedAt)).orElseThrow();
        Set<Integer> seeds = seedsAfter(provenance.cellStarts(), last.committedAt());
        List<ResultRow> later = rows.stream().filter(r -> seeds.contains(r.seed())).toList();
        return new Result(last, seeds, seeds.size() < 2 ? List.of() : Judge.judge(claims, later));
    }

    /** The report's section ("" for none). */
    static String section(Result result) {
        if (result == null) {
            return "";
        }
        Set<Integer> seeds = result.seeds();
        StringBuilder md = new StringBuilder("\n### Confirmatory: the seeds run after the claims were fixed\n\n")
                .append("The claims' last change (").append(result.fixedAt().describe()).append(") came after some")
                .append(" of this run's results. Judged again on the seeds whose every cell started after it, by the")
                .append(" same rules (Holm over this smaller family), the verdicts cannot reflect a fit to the results:");
        if (seeds.size() < 2) {
            return md.append(" ").append(seeds.isEmpty() ? "no seed has" : "only seed " + seeds.iterator().next()
                    + " has").append(" run wholly after it yet, and a paired t test needs 2.\n").toString();
        }
        md.append(" seeds ").append(seeds.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .append(" (diamonds in the figure).\n\n| claim | seeds | difference [90% CI] | Holm p for / against |")
                .append(" verdict |\n|---|---:|---|---|---|\n");
        for (Judge.Judgement j : result.judgement()) {
            if (j.claim().kind() == Claim.Kind.UNTESTED) {
                continue;
            }
            Judge.Comparison only = j.comparisons().size() == 1 ? j.comparisons().get(0) : null;
            md.append("| ").append(j.claim().id()).append(" | ")
                    .append(only == null ? "" : Integer.toString(only.seeds().size())).append(" | ")
                    .append(only == null ? ClaimsReport.summary(j).replace(" (below)", "") : ClaimsReport.effect(only))
                    .append(" | ")
                    .append(only == null ? "" : ClaimsReport.adjusted(only)).append(" | **").append(j.verdict())
                    .append("** |\n");
        }
        return md.toString();
    }
}
