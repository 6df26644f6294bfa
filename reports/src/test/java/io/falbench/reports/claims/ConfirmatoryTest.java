package io.falbench.reports.claims;

import static io.falbench.reports.claims.Rows.all;
import static io.falbench.reports.claims.Rows.curve;
import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.reports.results.ResultRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfirmatoryTest {

    private static final Instant CLAIMS = Instant.parse("2026-12-06T23:40:55Z");
    private static final List<Claim> CLAIM = ClaimsFile.parse("t.claims",
            List.of("c | a claim | better a/m b/m final", "    smallest-effect = 0.5: half a point"));

    /** The claim's two lines committed at {@code at}. */
    private static ClaimsProvenance provenance(Instant at, List<ClaimsProvenance.CellStart> starts) {
        List<ClaimsProvenance.LineCommit> lines = List.of(
                new ClaimsProvenance.LineCommit("a".repeat(40), at, "c | a claim | better a/m b/m final"),
                new ClaimsProvenance.LineCommit("a".repeat(40), at, "    smallest-effect = 0.5: half a point"));
        return new ClaimsProvenance("t.claims", "a".repeat(40), at, false, starts, lines, null);
    }

    /** Both arms' cells of seeds 0 to n - 1, seed s starting {@code s} hours after {@code first}. */
    private static List<ClaimsProvenance.CellStart> starts(Instant first, int n) {
        List<ClaimsProvenance.CellStart> starts = new ArrayList<>();
        for (int seed = 0; seed < n; seed++) {
            starts.add(new ClaimsProvenance.CellStart(first.plusSeconds(3600L * seed), seed));
            starts.add(new ClaimsProvenance.CellStart(first.plusSeconds(3600L * seed + 60), seed));
        }
        return starts;
    }

    /** a far above b on seeds 0 and 1 (seen before the claim), below it on seeds 2 to 5 (run after). */
    private static final List<ResultRow> ROWS = all(curve("a", "m", "x", 0.80, 0.82, 0.57, 0.58, 0.56, 0.575),
            curve("b", "m", "x", 0.60, 0.60, 0.60, 0.60, 0.60, 0.60));

    @Test
    void aClaimFixedAfterTwoSeedsIsJudgedAgainOnTheSeedsRunAfterIt() {
        // seeds 0 and 1 start before the claims' commit, seeds 2 to 5 after it
        ClaimsProvenance p = provenance(CLAIMS, starts(CLAIMS.minusSeconds(2 * 3600 - 600), 6));
        assertThat(Confirmatory.seedsAfter(p.cellStarts(), CLAIMS)).containsExactly(2, 3, 4, 5);
        String md = Confirmatory.section(Confirmatory.of(p, CLAIM, ROWS));
        assertThat(md).contains("### Confirmatory: the seeds run after the claims were fixed")
                .contains("The claims' last change (commit `aaaaaaa`, 2026-12-06T23:40:55Z) came after some of this"
                        + " run's results")
                .contains(" seeds 2, 3, 4, 5 (diamonds in the figure).\n").contains("| c | 4 | -2.88 [").contains("**not reproduced** |");
        // the whole run, seen seeds included, still leans the claimed way: the two views differ
        assertThat(Judge.judge(CLAIM, ROWS).get(0).verdict()).isNotEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void theFigureDrawsTheConfirmatoryEstimateBesideEachComparison(@TempDir Path dir) throws Exception {
        ClaimsProvenance p = provenance(CLAIMS, starts(CLAIMS.minusSeconds(2 * 3600 - 600), 6));
        Confirmatory.Result confirmatory = Confirmatory.of(p, CLAIM, ROWS);
        assertThat(confirmatory.judgement()).hasSize(1);
        Path png = dir.resolve("claims.png");
        assertThat(ClaimsPlot.render("t", Judge.judge(CLAIM, ROWS), confirmatory.judgement(), png)).isTrue();
        String with = Files.readString(dir.resolve("claims.svg"));
        byte[] withPng = Files.readAllBytes(png);
        assertThat(ClaimsPlot.render("t", Judge.judge(CLAIM, ROWS), List.of(), png)).isTrue();
        String without = Files.readString(dir.resolve("claims.svg"));
        // the confirmatory whisker, its diamond and their legend entry: more drawing, another picture
        assertThat(with.length()).isGreaterThan(without.length() + 500);
        assertThat(Files.readAllBytes(png)).isNotEqualTo(withPng);
    }

    @Test
    void aSeedWithOneCellStartedBeforeTheClaimsIsNotConfirmatory() {
        List<ClaimsProvenance.CellStart> starts = new ArrayList<>(starts(CLAIMS.plusSeconds(60), 3));
        starts.add(new ClaimsProvenance.CellStart(CLAIMS.minusSeconds(60), 1));
        assertThat(Confirmatory.seedsAfter(starts, CLAIMS)).containsExactly(0, 2);
        ClaimsProvenance oneAfter = provenance(CLAIMS, starts(CLAIMS.minusSeconds(3 * 3600 - 600), 4));
        assertThat(Confirmatory.section(Confirmatory.of(oneAfter, CLAIM, ROWS))).contains("only seed 3 has run wholly after it yet,"
                + " and a paired t test needs 2");
    }

    @Test
    void claimsThatPrecedeTheRunNeedNoSuchSection() {
        assertThat(Confirmatory.section(Confirmatory.of(provenance(CLAIMS, starts(CLAIMS.plusSeconds(60), 6)), CLAIM,
                ROWS))).isEmpty();
        ClaimsProvenance unknown = new ClaimsProvenance("t.claims", null, null, false,
                starts(CLAIMS.minusSeconds(60), 6), List.of(), "no falbench.home given");
        assertThat(Confirmatory.section(Confirmatory.of(unknown, CLAIM, ROWS))).isEmpty();
    }
}
