package io.falbench.reports.claims;

import static io.falbench.reports.claims.Rows.all;
import static io.falbench.reports.claims.Rows.curve;
import static io.falbench.reports.claims.Rows.judge;
import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.experiment.CellResult;
import io.falbench.experiment.Provenance;
import io.falbench.protocol.Cell;
import io.falbench.reports.results.ResultRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsReportTest {

    /** A split that moves the client-alone bound by construction and leaves the FAL mode alike. */
    private static final List<ResultRow> ROWS = all(curve("a", "m", "x", 0.800, 0.810, 0.790),
            curve("a", "m", "y", 0.801, 0.809, 0.791), curve("a", "client-alone", "x", 0.60, 0.61, 0.62),
            curve("a", "client-alone", "y", 0.30, 0.31, 0.32));

    private static final String[] REVISED = {
        "splits | the splits alike | similar */m|client-alone@x */m|client-alone@y final",
        "    margin = 1: one point", "    judged = per seed",
        "splits-fal | the splits alike (FAL modes) | similar */*@x */*@y final", "    margin = 1: one point",
        "    judged = per seed", "    revises = splits: the client-alone bound moves with the split by construction"};

    private static ClaimsProvenance unknown() {
        return unknown(List.of());
    }

    private static ClaimsProvenance unknown(List<ClaimsProvenance.CellStart> starts) {
        return new ClaimsProvenance("c.claims", null, null, false, starts, List.of(), "no falbench.home given");
    }

    @Test
    void aRevisionIsJudgedBesideTheClaimItRevisesAndBothVerdictsShow() {
        List<Judge.Judgement> judgements = judge(ROWS, REVISED);
        assertThat(judgements).extracting(Judge.Judgement::verdict)
                .containsExactly(Verdict.NOT_REPRODUCED, Verdict.REPRODUCED);
        String md = ClaimsReport.markdown(unknown(), judgements, List.of(), false);
        assertThat(md).contains("| splits-fal (revises splits) | the splits alike (FAL modes) |")
                .contains("### Revisions")
                .contains("| splits | **not reproduced** | splits-fal | **reproduced** | the client-alone bound moves"
                        + " with the split by construction |")
                .contains("| splits | margin 1 | one point |")
                .contains("family of all 2 comparisons")
                .doesNotContain("claims.png");
    }

    @Test
    void theReportGivesEachClaimsTestSeedsEffectThresholdVerdictAndSeedsToDecide() {
        List<ResultRow> rows = all(ROWS, curve("b", "m", "x", 0.79, 0.82, 0.80));
        List<Judge.Judgement> judgements = judge(rows, "ab | a above b | better a/m@x b/m@x final",
                "    smallest-effect = 0.5: half a point", "u | stated | untested no such switch");
        String md = ClaimsReport.markdown(unknown(), judgements, List.of(List.of("p / q / x", "p / r / x")), true);
        Judge.Comparison c = judgements.get(0).comparisons().get(0);
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(md).contains("| ab | a above b | `better a/m@x b/m@x final` | per seed | 3 | -0.33 [")
                .contains("| smallest effect 0.5 | **inconclusive** | " + c.seedsNeeded() + " |")
                .contains("| u | stated | untested | | | no such switch | | | **not judged** | |")
                .contains("![each comparison's difference and 90% interval, coloured by verdict](claims.png)")
                .contains("- p / q / x, p / r / x\n")
                .contains("commit unknown (no falbench.home given)");
    }

    @Test
    void anUntestedClaimsLaterReasonDoesNotPutTheJudgedClaimsAfterTheResults() {
        List<ResultRow> rows = all(ROWS, curve("b", "m", "x", 0.79, 0.82, 0.80));
        List<Judge.Judgement> judgements = judge(rows, "ab | a above b | better a/m@x b/m@x final",
                "    smallest-effect = 0.5: half a point", "u | stated | untested a reason written after the run");
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        ClaimsProvenance.LineCommit early = new ClaimsProvenance.LineCommit("a".repeat(40),
                Instant.parse("2026-11-30T00:00:00Z"), "");
        ClaimsProvenance.LineCommit late = new ClaimsProvenance.LineCommit("b".repeat(40),
                Instant.parse("2026-12-02T00:00:00Z"), "");
        ClaimsProvenance provenance = new ClaimsProvenance("c.claims", "b".repeat(40), late.committedAt(), false,
                List.of(new ClaimsProvenance.CellStart(start, 0)), List.of(early, early, late), null);
        assertThat(provenance.precedesRun(judgements.stream().map(Judge.Judgement::claim).toList())).isFalse();
        assertThat(ClaimsReport.tested(judgements)).extracting(Claim::id).containsExactly("ab");
        assertThat(ClaimsReport.markdown(provenance, judgements, List.of(), false))
                .contains("Every claim judged here was last changed before the run's first cell (the latest at"
                        + " commit `aaaaaaa`, 2026-11-30T00:00:00Z): the claims precede these results")
                .doesNotContain("after the run's first cell:**");
        assertThat(Confirmatory.of(provenance, ClaimsReport.tested(judgements), rows)).isNull();
    }

    @Test
    void belowItsPlannedSeedsEveryVerdictIsInterimAndAtThePlanFinal() {
        String[] claims = {"ab | a above b | better a/m@x a/m@y final", "    smallest-effect = 0: any gap"};
        SeedPlan five = new SeedPlan("p", 5, "fixed before seeds 4 and 5 ran", 3);
        List<Judge.Judgement> interim = Judge.judge(ClaimsFile.parse("t.claims", List.of(claims)), ROWS, 5);
        String md = ClaimsReport.markdown(unknown(), interim, List.of(), false, five, false, "");
        assertThat(md).contains("**Seeds planned: 5** an arm, the number the claims file fixes for this protocol"
                        + " (line 3, `seeds p = 5`: fixed before seeds 4 and 5 ran). The comparisons have 3 of"
                        + " them: a verdict marked *interim* may still change.")
                .contains("| smallest effect 0 | **" + interim.get(0).verdict() + "** (interim) |")
                .contains("** (interim, 3 of 5 seeds) |")
                .doesNotContain("verdicts are final").doesNotContain("beyond the plan");

        SeedPlan two = new SeedPlan("p", 2, "why", 1);
        List<Judge.Judgement> planned = Judge.judge(ClaimsFile.parse("t.claims", List.of(claims)), two.judged(ROWS),
                2);
        assertThat(planned.get(0).comparisons().get(0).seeds()).containsExactly(0, 1);
        assertThat(two.exceeded(ROWS)).isTrue();
        assertThat(ClaimsReport.markdown(unknown(), planned, List.of(), false, two, true, ""))
                .contains("Every comparison with cells has its 2 seeds: the verdicts are final. The run holds seeds"
                        + " beyond the plan (seed 2 and up): the claims leave them out.")
                .doesNotContain("interim");
    }

    @Test
    void aRunWithoutCellsOfAnyComparisonYetSaysSoInPlaceOfAnEmptyFamily() {
        List<Judge.Judgement> judgements = judge(ROWS, "zq | z above q | better z/m@x q/m@x final",
                "    smallest-effect = 0.5: half a point");
        String md = ClaimsReport.markdown(unknown(), judgements, List.of(), false);
        assertThat(md).contains("family of the comparisons of this claims file that have cells on this run (none yet)")
                .doesNotContain("comparisons of this claims file on this run").doesNotContain("alpha / 0");
    }

    @Test
    void theFigureIsWrittenBesideTheReportAndRemovedWhenNothingHasAnInterval(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("claims.png");
        assertThat(ClaimsPlot.render("t", judge(ROWS, REVISED), png)).isTrue();
        assertThat(Files.size(png)).isPositive();
        assertThat(Files.readString(dir.resolve("claims.svg"))).contains("<svg");
        assertThat(ClaimsPlot.render("t", judge(ROWS, "u | stated | untested r"), png)).isFalse();
        assertThat(png).doesNotExist();
        assertThat(dir.resolve("claims.svg")).doesNotExist();
    }

    @Test
    void theRunsFirstCellIsTheEarliestStartRecorded() {
        List<ClaimsProvenance.CellStart> starts = ClaimsReport.cellStarts(List.of(cell("2026-12-01T10:00:00Z"),
                cell(null), cell("2026-11-30T21:01:18.017366003Z"), cell("not a time")));
        assertThat(starts).hasSize(2);
        assertThat(unknown(starts).firstCell()).isEqualTo(Instant.parse("2026-11-30T21:01:18.017366003Z"));
        assertThat(unknown(ClaimsReport.cellStarts(List.of(cell(null)))).firstCell()).isNull();
    }

    private static CellResult cell(String startedAt) {
        return new CellResult(new Cell("p", "d", "x", "a", "m", 0), "f", List.of(), new Provenance(Map.of(), "p", 1,
                Map.of(), "c", "v", "17", "os", "arch", 2, "t", "java", "scalar", "djl", "torch", startedAt, 1,
                Map.of(), 0, "host", "cpu"), null);
    }
}
