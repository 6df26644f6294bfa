package io.falbench.reports.claims;

import io.falbench.reports.compare.PairedDifference;
import java.util.List;
import java.util.Locale;

/** The claims section of report.md: one verdict per claim, then every comparison behind the verdicts. */
public final class ClaimsReport {

    private ClaimsReport() {
    }

    public static String markdown(List<Judge.Judgement> judgements) {
        StringBuilder md = new StringBuilder("## Claims of the sources\n\n");
        md.append("Each claim as a test over this run's cells (seeds paired; metric values in points). A claim that A is")
                .append(" above B is reproduced when the difference A - B is positive and significant (paired t-test")
                .append(" below ").append(Judge.WILCOXON_FROM).append(" pairs, exact Wilcoxon signed-rank from there,")
                .append(" two-sided, level ").append(Judge.LEVEL).append("), not reproduced when it is significantly")
                .append(" negative or its 95% bootstrap interval lies within the margin of zero, inconclusive")
                .append(" otherwise. A similarity claim is reproduced when the interval lies within its margin.\n\n");
        md.append("| claim | statement | test | verdict | evidence |\n|---|---|---|---|---|\n");
        for (Judge.Judgement j : judgements) {
            md.append("| ").append(j.claim().id()).append(" | ").append(j.claim().statement()).append(" | `")
                    .append(cell(j.claim().test())).append("` | **").append(j.verdict()).append("** | ")
                    .append(evidence(j)).append(" |\n");
        }
        md.append("\n### Comparisons\n\n| claim | higher expected | other | pairs | higher | other | difference |"
                + " 95% CI | test | p | d_z | verdict |\n|---|---|---|---:|---:|---:|---:|---|---|---:|---:|---|\n");
        for (Judge.Judgement j : judgements) {
            for (Judge.Comparison c : j.comparisons()) {
                PairedDifference d = c.difference();
                if (d == null) {
                    md.append(String.format(Locale.ROOT, "| %s | %s | %s | 0 | | | | | | | | %s |%n",
                            j.claim().id(), cell(c.higher()), cell(c.lower()), c.verdict()));
                    continue;
                }
                md.append(String.format(Locale.ROOT,
                        "| %s | %s | %s | %d | %.2f | %.2f | %+.2f | [%+.2f, %+.2f] | %s | %s | %s | %s |%n",
                        j.claim().id(), cell(c.higher()), cell(c.lower()), d.pairs(), 100 * d.newMean(),
                        100 * d.baselineMean(), 100 * d.meanDifference(), 100 * d.ciLow(), 100 * d.ciHigh(), c.test(),
                        number(c.p()), number(d.effectSize()), c.verdict()));
            }
        }
        return md.toString();
    }

    /** Text for a table cell: a '|' (an arm's set of names) would end the cell. */
    private static String cell(Object text) {
        return String.valueOf(text).replace("|", "\\|");
    }

    private static String evidence(Judge.Judgement j) {
        if (j.comparisons().isEmpty() || j.verdict() == Verdict.NOT_RUN) {
            return j.note();
        }
        if (j.comparisons().size() == 1 && j.comparisons().get(0).difference() != null) {
            Judge.Comparison c = j.comparisons().get(0);
            PairedDifference d = c.difference();
            return String.format(Locale.ROOT, "%.2f vs %.2f: %+.2f [%+.2f, %+.2f], %s p = %s, d_z = %s, %d pairs",
                    100 * d.newMean(), 100 * d.baselineMean(), 100 * d.meanDifference(), 100 * d.ciLow(),
                    100 * d.ciHigh(), c.test(), number(c.p()), number(d.effectSize()), d.pairs());
        }
        long reproduced = j.comparisons().stream().filter(c -> c.verdict() == Verdict.REPRODUCED).count();
        long against = j.comparisons().stream().filter(c -> c.verdict() == Verdict.NOT_REPRODUCED).count();
        return reproduced + " of " + j.comparisons().size() + " comparisons reproduced, " + against
                + " not reproduced" + (j.note().isEmpty() ? "" : "; " + j.note()) + " (table below)";
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3g", v);
    }
}
