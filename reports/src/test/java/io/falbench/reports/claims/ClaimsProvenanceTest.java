package io.falbench.reports.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsProvenanceTest {

    private static final String PATH = "claims/p.claims";

    /** Runs git in {@code dir} with fixed dates and identity; false where git cannot run here. */
    private static boolean git(Path dir, String date, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=t",
                "-c", "user.email=t@t", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date));
        try {
            Process git = builder.start();
            git.getInputStream().readAllBytes();
            return git.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<ClaimsProvenance.CellStart> startedAt(String... times) {
        List<ClaimsProvenance.CellStart> starts = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            starts.add(new ClaimsProvenance.CellStart(Instant.parse(times[i]), i));
        }
        return starts;
    }

    private static ClaimsFile.Contents contents(Path repo) throws IOException {
        return ClaimsFile.read(PATH, Files.readAllLines(repo.resolve(PATH)));
    }

    private static void commit(Path repo, String date, String text) throws Exception {
        Files.createDirectories(repo.resolve("claims"));
        Files.writeString(repo.resolve(PATH), text);
        assertThat(git(repo, date, "add", PATH)).isTrue();
        assertThat(git(repo, date, "commit", "-q", "-m", "claims")).isTrue();
    }

    @Test
    void eachClaimsLastChangeIsSetAgainstTheRunsFirstCell(@TempDir Path repo) throws Exception {
        assumeTrue(git(repo, "2026-11-30T16:00:00Z", "init", "-q"), "git is not available");
        commit(repo, "2026-11-30T16:00:00Z", "x | s | untested r\ny | t | untested q\n");
        ClaimsProvenance before = ClaimsProvenance.of(repo, PATH, startedAt("2026-11-30T21:00:00Z"));
        List<Claim> claims = contents(repo).claims();
        assertThat(before.commit()).hasSize(40);
        assertThat(before.committedAt()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(before.precedesRun(claims)).isTrue();
        assertThat(before.markdown(claims, null)).contains("Every claim judged here was last changed before the run's"
                + " first cell (the latest at commit `" + before.commit().substring(0, 7) + "`, 2026-11-30T16:00:00Z)"
                + ": the claims precede these results");

        ClaimsProvenance after = ClaimsProvenance.of(repo, PATH, startedAt("2026-11-30T15:00:00Z"));
        assertThat(after.precedesRun(claims)).isFalse();
        assertThat(after.markdown(claims, null)).contains("**Last changed after the run's first cell:** `x` (line 1),"
                + " `y` (line 2) at commit `" + after.commit().substring(0, 7) + "`, 2026-11-30T16:00:00Z, when 1 of the"
                + " run's cells had started (seed 0): these may")
                .doesNotContain("Every claim");

        // a claim's indented key line changed later: that claim alone is after the run's first cell
        commit(repo, "2026-12-01T09:00:00Z", "x | s | untested r\ny | t | better a/m b/m final\n"
                + "    smallest-effect = 1: one point\n");
        claims = contents(repo).claims();
        ClaimsProvenance mixed = ClaimsProvenance.of(repo, PATH, startedAt("2026-11-30T21:00:00Z"));
        assertThat(mixed.precedesRun(claims)).isFalse();
        assertThat(mixed.precedesRun(claims.subList(0, 1))).isTrue();
        assertThat(mixed.markdown(claims, null)).contains("**Last changed after the run's first cell:** `y` (line 2) at commit `")
                .contains("The other claim was last changed before the run's first cell").doesNotContain("`x` (line 1");

        Files.writeString(repo.resolve(PATH), "x | s | untested changed\ny | t | better a/m b/m final\n"
                + "    smallest-effect = 1: one point\n");
        ClaimsProvenance changed = ClaimsProvenance.of(repo, PATH, startedAt("2026-11-30T21:00:00Z"));
        assertThat(changed.changed()).isTrue();
        assertThat(changed.precedesRun(claims)).isFalse();
        assertThat(changed.markdown(contents(repo).claims(), null))
                .contains("**Changed in this checkout and not committed:** `x` (line 1): the claims judged there");
    }

    @Test
    void theSeedPlanSaysHowManyCellsHadStartedWhenItWasCommitted(@TempDir Path repo) throws Exception {
        assumeTrue(git(repo, "2026-11-30T16:00:00Z", "init", "-q"), "git is not available");
        commit(repo, "2026-11-30T16:00:00Z", "x | s | untested r\n");
        commit(repo, "2026-12-02T12:00:00Z", "seeds p = 5: planned after two seeds\nx | s | untested r\n");
        ClaimsFile.Contents contents = contents(repo);
        ClaimsProvenance p = ClaimsProvenance.of(repo, PATH, startedAt("2026-12-01T10:00:00Z",
                "2026-12-01T11:00:00Z", "2026-12-02T13:00:00Z"));
        assertThat(p.markdown(contents.claims(), contents.planFor("p").orElseThrow()))
                .contains("Every claim judged here was last changed before the run's first cell")
                .contains("The seed plan (line 1) was committed at commit `")
                .contains("2026-12-02T12:00:00Z, when 2 of the run's cells had started (seeds 0, 1)");
    }

    @Test
    void blameGivesEachLineItsCommitAndMarksUncommittedLines() {
        String porcelain = String.join("\n", "a".repeat(40) + " 1 1 1", "author t", "committer-time 1764518400",
                "committer-tz +0000", "filename c", "\tfirst line", "0".repeat(40) + " 2 2 1", "committer-time 1",
                "filename c", "\t    second");
        List<ClaimsProvenance.LineCommit> lines = ClaimsProvenance.blame(porcelain);
        assertThat(lines).containsExactly(
                new ClaimsProvenance.LineCommit("a".repeat(40), Instant.ofEpochSecond(1764518400), "first line"),
                new ClaimsProvenance.LineCommit(null, null, "    second"));
    }

    @Test
    void outsideAGitCheckoutTheCommitIsUnknown(@TempDir Path dir) {
        ClaimsProvenance p = ClaimsProvenance.of(dir, PATH, startedAt("2026-11-30T21:00:00Z"));
        List<Claim> claims = ClaimsFile.parse(PATH, List.of("x | s | untested r"));
        assertThat(p.commit()).isNull();
        assertThat(p.precedesRun(claims)).isFalse();
        assertThat(p.markdown(claims, null)).contains("commit unknown (" + dir + " is not a git checkout)")
                .contains("cannot be told");
        assertThat(ClaimsProvenance.of(null, PATH, List.of()).markdown(claims, null))
                .contains("no falbench.home given");
    }

    @Test
    void aFileNeverCommittedIsSaidSo(@TempDir Path repo) throws Exception {
        assumeTrue(git(repo, "2026-11-30T16:00:00Z", "init", "-q"), "git is not available");
        Files.writeString(repo.resolve("other"), "x\n");
        assertThat(git(repo, "2026-11-30T16:00:00Z", "add", "other")).isTrue();
        assertThat(git(repo, "2026-11-30T16:00:00Z", "commit", "-q", "-m", "other")).isTrue();
        assertThat(ClaimsProvenance.of(repo, PATH, List.of()).markdown(List.of(), null))
                .contains("the file is not committed in");
    }
}
