package io.falbench.reports.claims;

import io.falbench.experiment.CellResult;
import io.falbench.reports.results.ResultRow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The claims section of report.md and its figure {@code claims.png} (+ .svg): whether the claims file preceded the
 * run, the seeds the claims file plans for the run ({@link SeedPlan}; below them every verdict is interim), one
 * verdict per claim with its effect, interval, adjusted p-values, threshold and the seeds an inconclusive one would
 * need, the revisions beside the claims they revise, every comparison behind the verdicts, the configurations
 * behind each seed mean, and the cells counted once.
 */
public final class ClaimsReport {

    static final String FIGURE = "claims.png";

    private ClaimsReport() {
    }

    /**
     * Judges the claims bundled for {@code protocol} on {@code rows}, writes {@value #FIGURE} into {@code runDir}
     * and returns the section ("" when the protocol has no claims). The claims file's commit is looked up in the
     * checkout named by the {@code falbench.home} system property.
     */
    public static String write(Path runDir, String protocol, List<ResultRow> rows, List<CellResult> cells)
            throws IOException {
        ClaimsFile.Contents contents = ClaimsFile.contentsFor(protocol);
        if (contents.claims().isEmpty()) {
            return "";
        }
        String home = System.getProperty("falbench.home");
        ClaimsProvenance provenance = ClaimsProvenance.of(home == null ? null : Path.of(home),
                ClaimsFile.repositoryPath(protocol), cellStarts(cells));
        SeedPlan plan = contents.planFor(protocol).orElse(null);
        List<ResultRow> judged = plan == null ? rows : plan.judged(rows);
        List<Judge.Judgement> judgements = Judge.judge(contents.claims(), judged, plan == null ? 0 : plan.seeds());
        boolean interim = plan != null && judgements.stream().anyMatch(j -> interim(j, plan));
        Confirmatory.Result confirmatory = Confirmatory.of(provenance, tested(judgements), judged);
        boolean figure = ClaimsPlot.render(protocol + ": each comparison of its claims"
                + (interim ? " (interim: fewer seeds than the " + plan.seeds() + " planned)" : ""), judgements,
                confirmatory == null ? List.of() : confirmatory.judgement(), runDir.resolve(FIGURE));
        return markdown(provenance, judgements, Pairing.identicalCells(Judge.finishedCurves(judged).values()), figure,
                plan, plan != null && plan.exceeded(rows), Confirmatory.section(confirmatory));
    }

    /**
     * The claims that get a verdict from the run: whether the claims preceded the results is asked of these alone,
     * since an untested claim's text (its reason) judges nothing.
     */
    static List<Claim> tested(List<Judge.Judgement> judgements) {
        return judgements.stream().map(Judge.Judgement::claim).filter(Claim::tested).toList();
    }

    /** When each cell started, from the cells' provenance (those that record a time). */
    static List<ClaimsProvenance.CellStart> cellStarts(List<CellResult> cells) {
        List<ClaimsProvenance.CellStart> starts = new ArrayList<>();
        for (CellResult c : cells) {
            Instant at = c.provenance() == null || c.provenance().startedAt() == null ? null
                    : instant(c.provenance().startedAt());
            if (at != null) {
                starts.add(new ClaimsProvenance.CellStart(at, c.cell().seed()));
            }
        }
        return starts;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The Holm family in words: a run still under way may hold no cells of any comparison yet. */
    static String familyText(long family) {
        return family == 0 ? "the comparisons of this claims file that have cells on this run (none yet)"
                : "all " + family + " comparisons of this claims file on this run";
    }

    static String markdown(ClaimsProvenance provenance, List<Judge.Judgement> judgements,
                           List<List<String>> identical, boolean figure) {
        return markdown(provenance, judgements, identical, figure, null, false, "");
    }

    /**
     * As above, for a run planned at {@code plan}'s seeds (null: none); {@code exceeded}: it holds more;
     * {@code confirmatory}: the {@link Confirmatory} section ("" for none).
     */
    static String markdown(ClaimsProvenance provenance, List<Judge.Judgement> judgements,
                           List<List<String>> identical, boolean figure, SeedPlan plan, boolean exceeded,
                           String confirmatory) {
        long family = judgements.stream().flatMap(j -> j.comparisons().stream())
                .filter(c -> c.evidence() != null).count();
        StringBuilder md = new StringBuilder("## Claims of the sources\n\n");
        md.append(provenance.markdown(tested(judgements), plan)).append("\n");
        md.append("Each claim is a test over this run's cells, the seed the unit: a seed gives one difference per")
                .append(" comparison (higher-expected arm minus the other, in points of the metric), the mean over")
                .append(" the claim's configurations within the seed where it is judged per seed. The paired t test")
                .append(" decides, one-sided at ").append(Evidence.ALPHA).append(" after Holm's correction over")
                .append(" the family of ").append(familyText(family))
                .append(" (p_for and p_against adjusted separately). A \"better\" claim is reproduced when the")
                .append(" claimed direction is significant, not reproduced when the difference is significantly")
                .append(" below its smallest effect of interest, else inconclusive; a \"similar\" claim is")
                .append(" reproduced when TOST at its margin is significant (the difference inside it), not")
                .append(" reproduced when the difference is significantly beyond it, else inconclusive")
                .append(" (docs/statistics.md). Intervals are 90% t intervals, unadjusted: an interval clear of a")
                .append(" bound can be inconclusive after Holm. The exact Wilcoxon signed-rank and sign-flip p_for")
                .append(" are shown as checks (with n seeds neither can go below 1/2^n). The centralized and")
                .append(" client-alone bounds enter a claim only where it names them. Seeds to decide: how many")
                .append(" seeds an inconclusive comparison needs at its observed mean and s.d. (80% power, the t")
                .append(" at alpha / ").append(Math.max(family, 1)).append(").\n\n");
        if (plan != null) {
            md.append(planText(plan, judgements, exceeded)).append("\n\n");
        }
        if (figure) {
            md.append("![each comparison's difference and 90% interval, coloured by verdict](").append(FIGURE)
                    .append(")\n\n");
        }
        md.append("| claim | statement | test | judged | seeds | difference [90% CI] | Holm p for / against |"
                + " margin or smallest effect | verdict | seeds to decide |\n|---|---|---|---|---:|---|---|---|---|---|\n");
        for (Judge.Judgement j : judgements) {
            Claim c = j.claim();
            String id = c.revision() == null ? c.id() : c.id() + " (revises " + c.revision().revises() + ")";
            if (c.kind() == Claim.Kind.UNTESTED) {
                md.append("| ").append(id).append(" | ").append(c.statement()).append(" | untested | | | ")
                        .append(c.reason()).append(" | | | **").append(j.verdict()).append("** | |\n");
                continue;
            }
            Judge.Comparison only = j.comparisons().size() == 1 ? j.comparisons().get(0) : null;
            md.append("| ").append(id).append(" | ").append(c.statement()).append(" | `").append(cell(c.test()))
                    .append("` | ").append(c.judging()).append(" | ")
                    .append(only == null ? "" : Integer.toString(only.seeds().size())).append(" | ")
                    .append(only == null ? j.comparisons().size() + " comparisons (below)" : effect(only))
                    .append(" | ").append(only == null ? "" : adjusted(only)).append(" | ").append(c.thresholdName())
                    .append(" ").append(c.threshold()).append(" | **").append(j.verdict()).append("**")
                    .append(plan != null && interim(j, plan) ? " (interim)" : "").append(" | ")
                    .append(j.verdict() == Verdict.NOT_REACHED ? "beyond the run"
                            : only == null ? summary(j) : only.seedsNeeded()).append(" |\n");
        }
        revisions(md, judgements);
        md.append(confirmatory);
        md.append("\n### Margins and smallest effects\n\n| claim | value (points) | why |\n|---|---|---|\n");
        for (Judge.Judgement j : judgements) {
            if (j.claim().threshold() != null) {
                md.append("| ").append(j.claim().id()).append(" | ").append(j.claim().thresholdName()).append(" ")
                        .append(j.claim().threshold()).append(" | ").append(j.claim().threshold().reason())
                        .append(" |\n");
            }
        }
        comparisons(md, judgements, plan);
        configurations(md, judgements);
        identical(md, judgements, identical);
        return md.toString();
    }

    private static void revisions(StringBuilder md, List<Judge.Judgement> judgements) {
        List<Judge.Judgement> revised = judgements.stream().filter(j -> j.claim().revision() != null).toList();
        if (revised.isEmpty()) {
            return;
        }
        md.append("\n### Revisions\n\nA claim changed after it was first written stays in the claims file and is"
                + " judged as written; the change is a claim of its own that names it. Both verdicts show.\n\n"
                + "| claim | verdict | revised by | its verdict | why revised |\n|---|---|---|---|---|\n");
        for (Judge.Judgement j : revised) {
            Claim.Revision r = j.claim().revision();
            String before = judgements.stream().filter(o -> o.claim().id().equals(r.revises())).findFirst()
                    .map(o -> o.verdict().toString()).orElse("?");
            md.append("| ").append(r.revises()).append(" | **").append(before).append("** | ")
                    .append(j.claim().id()).append(" | **").append(j.verdict()).append("** | ").append(r.reason())
                    .append(" |\n");
        }
    }

    private static void comparisons(StringBuilder md, List<Judge.Judgement> judgements, SeedPlan plan) {
        md.append("\n### Comparisons\n\n| claim | higher expected | other | configurations | seeds | higher | other |"
                + " difference | 90% CI | t p for | t p against | Holm p for | Holm p against | Wilcoxon p for |"
                + " sign-flip p for | verdict | seeds to decide |\n"
                + "|---|---|---|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Judge.Judgement j : judgements) {
            for (Judge.Comparison c : j.comparisons()) {
                md.append("| ").append(j.claim().id()).append(" | ").append(cell(c.higher())).append(" | ")
                        .append(cell(c.lower())).append(" | ").append(configuration(c)).append(" | ")
                        .append(c.seeds().size()).append(" | ");
                if (c.seeds().isEmpty()) {
                    md.append("| | | | | | | | | | **").append(c.verdict()).append("** | |\n");
                    continue;
                }
                md.append(points(c.higherMean())).append(" | ").append(points(c.lowerMean())).append(" | ")
                        .append(signed(c.difference())).append(" | ");
                Evidence e = c.evidence();
                if (e == null) {
                    md.append("| | | | | | | **").append(c.verdict()).append("**").append(interimText(c, plan))
                            .append(" | ").append(c.seedsNeeded()).append(" |\n");
                    continue;
                }
                md.append(String.format(Locale.ROOT, "[%+.2f, %+.2f]", e.interval().low(), e.interval().high()))
                        .append(" | ").append(p(e.pFor())).append(" | ").append(p(e.pAgainst())).append(" | ")
                        .append(p(c.adjustedPFor())).append(" | ").append(p(c.adjustedPAgainst())).append(" | ")
                        .append(p(e.wilcoxonPFor())).append(" | ").append(p(e.signFlipPFor())).append(" | **")
                        .append(c.verdict()).append("**").append(interimText(c, plan)).append(" | ")
                        .append(c.seedsNeeded()).append(" |\n");
            }
        }
    }

    private static void configurations(StringBuilder md, List<Judge.Judgement> judgements) {
        if (judgements.stream().allMatch(j -> j.byConfiguration().isEmpty())) {
            return;
        }
        md.append("\n### By configuration\n\nThe configurations behind each seed mean: each one's means over its"
                + " seeds (descriptive; the claim is judged on the seed means).\n\n"
                + "| claim | compared | configuration | seeds | higher | other | difference |\n"
                + "|---|---|---|---:|---:|---:|---:|\n");
        for (Judge.Judgement j : judgements) {
            j.byConfiguration().forEach((vs, rows) -> rows.forEach((configuration, m) -> md.append("| ")
                    .append(j.claim().id()).append(" | ").append(cell(vs)).append(" | ").append(configuration)
                    .append(" | ").append(m.seeds()).append(" | ").append(points(m.higher())).append(" | ")
                    .append(points(m.lower())).append(" | ").append(signed(m.higher() - m.lower()))
                    .append(" |\n")));
        }
    }

    private static void identical(StringBuilder md, List<Judge.Judgement> judgements, List<List<String>> groups) {
        List<String> notes = judgements.stream().flatMap(j -> j.notes().stream().map(n -> j.claim().id() + ": " + n))
                .toList();
        if (groups.isEmpty() && notes.isEmpty()) {
            return;
        }
        md.append("\n### Cells identical by construction, and cells missing\n\n");
        if (!groups.isEmpty()) {
            md.append("These cells are the same curve, bit for bit, on every seed:\n\n");
            groups.forEach(g -> md.append("- ").append(String.join(", ", g)).append("\n"));
            md.append("\nIn a comparison, a configuration whose two cells are one curve is left out (a cell compared"
                    + " with itself) and configurations with the same pair of curves count once; a cell that"
                    + " equals another but meets a different partner in each configuration keeps each pairing"
                    + " (each configuration weighs the same in its seed's mean).\n\n");
        }
        notes.forEach(n -> md.append("- ").append(cell(n)).append("\n"));
    }

    /** The plan in words: where it is fixed, why, and whether the verdicts are final or interim. */
    static String planText(SeedPlan plan, List<Judge.Judgement> judgements, boolean exceeded) {
        IntSummaryStatistics paired = judgements.stream().flatMap(j -> j.comparisons().stream())
                .mapToInt(c -> c.seeds().size()).filter(n -> n > 0).summaryStatistics();
        StringBuilder text = new StringBuilder("**Seeds planned: ").append(plan.seeds())
                .append("** an arm, the number the claims file fixes for this protocol (line ")
                .append(plan.line()).append(", `seeds ").append(plan.protocol()).append(" = ").append(plan.seeds())
                .append("`: ").append(plan.reason()).append("). ");
        if (paired.getCount() == 0) {
            text.append("No comparison has cells yet.");
        } else if (judgements.stream().anyMatch(j -> interim(j, plan))) {
            text.append("The comparisons have ").append(paired.getMin() == paired.getMax()
                    ? Integer.toString(paired.getMin()) : paired.getMin() + " to " + paired.getMax())
                    .append(" of them: a verdict marked *interim* may still change. Seeds are added up to the plan")
                    .append(" whatever the interim verdicts say, and the verdicts at ").append(plan.seeds())
                    .append(" seeds are the run's (stopping when a verdict turns would choose it; docs/statistics.md).");
        } else {
            text.append("Every comparison with cells has its ").append(plan.seeds())
                    .append(" seeds: the verdicts are final.");
        }
        if (exceeded) {
            text.append(" The run holds seeds beyond the plan (seed ").append(plan.seeds())
                    .append(" and up): the claims leave them out.");
        }
        return text.toString();
    }

    /** Whether any comparison of {@code j} with cells has fewer seeds than planned. */
    static boolean interim(Judge.Judgement j, SeedPlan plan) {
        return j.comparisons().stream().anyMatch(c -> plan.interim(c.seeds().size()));
    }

    private static String interimText(Judge.Comparison c, SeedPlan plan) {
        return plan != null && plan.interim(c.seeds().size())
                ? " (interim, " + c.seeds().size() + " of " + plan.seeds() + " seeds)" : "";
    }

    static String summary(Judge.Judgement j) {
        long reproduced = j.comparisons().stream().filter(c -> c.verdict() == Verdict.REPRODUCED).count();
        long against = j.comparisons().stream().filter(c -> c.verdict() == Verdict.NOT_REPRODUCED).count();
        return reproduced + " of " + j.comparisons().size() + " reproduced, " + against + " not reproduced (below)";
    }

    private static String configuration(Judge.Comparison c) {
        return c.configurations() > 1 ? "mean of " + c.configurations() : Pairing.label(c.configuration());
    }

    static String effect(Judge.Comparison c) {
        if (c.verdict() == Verdict.NOT_REACHED) {
            return "beyond the run";
        }
        if (c.seeds().isEmpty()) {
            return "no cells";
        }
        if (c.evidence() == null) {
            return signed(c.difference()) + " (one seed)";
        }
        return signed(c.difference()) + String.format(Locale.ROOT, " [%+.2f, %+.2f]",
                c.evidence().interval().low(), c.evidence().interval().high());
    }

    static String adjusted(Judge.Comparison c) {
        return c.evidence() == null ? "" : p(c.adjustedPFor()) + " / " + p(c.adjustedPAgainst());
    }

    /** Text for a table cell: a '|' (an arm's set of names) would end the cell. */
    private static String cell(Object text) {
        return String.valueOf(text).replace("|", "\\|");
    }

    private static String points(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    private static String p(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3g", v);
    }
}
