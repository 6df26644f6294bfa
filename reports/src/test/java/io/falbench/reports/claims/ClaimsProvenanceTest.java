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

    @Test
    void theClaimsFilesCommitIsSetAgainstTheRunsFirstCell(@TempDir Path repo) throws Exception {
        assumeTrue(git(repo, "2026-11-30T16:00:00Z", "init", "-q"), "git is not available");
        Files.createDirectories(repo.resolve("claims"));
        Files.writeString(repo.resolve(PATH), "x | s | untested r\n");
        assertThat(git(repo, "2026-11-30T16:00:00Z", "add", PATH)).isTrue();
        assertThat(git(repo, "2026-11-30T16:00:00Z", "commit", "-q", "-m", "claims")).isTrue();

        ClaimsProvenance before = ClaimsProvenance.of(repo, PATH, Instant.parse("2026-11-30T21:00:00Z"));
        assertThat(before.commit()).hasSize(40);
        assertThat(before.committedAt()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(before.precedesRun()).isTrue();
        assertThat(before.markdown()).contains("committed **before** the run's first cell");

        ClaimsProvenance after = ClaimsProvenance.of(repo, PATH, Instant.parse("2026-11-30T15:00:00Z"));
        assertThat(after.precedesRun()).isFalse();
        assertThat(after.markdown()).contains("committed **after** the run's first cell");

        Files.writeString(repo.resolve(PATH), "x | s | untested changed\n");
        ClaimsProvenance changed = ClaimsProvenance.of(repo, PATH, Instant.parse("2026-11-30T21:00:00Z"));
        assertThat(changed.changed()).isTrue();
        assertThat(changed.precedesRun()).isFalse();
        assertThat(changed.markdown()).contains("changed since that commit");
    }

    @Test
    void outsideAGitCheckoutTheCommitIsUnknown(@TempDir Path dir) {
        ClaimsProvenance p = ClaimsProvenance.of(dir, PATH, Instant.parse("2026-11-30T21:00:00Z"));
        assertThat(p.commit()).isNull();
        assertThat(p.precedesRun()).isFalse();
        assertThat(p.markdown()).contains("commit unknown (" + dir + " is not a git checkout)")
                .contains("cannot be told");
        assertThat(ClaimsProvenance.of(null, PATH, null).markdown()).contains("no falbench.home given");
    }

    @Test
    void aFileNeverCommittedIsSaidSo(@TempDir Path repo) throws Exception {
        assumeTrue(git(repo, "2026-11-30T16:00:00Z", "init", "-q"), "git is not available");
        Files.writeString(repo.resolve("other"), "x\n");
        assertThat(git(repo, "2026-11-30T16:00:00Z", "add", "other")).isTrue();
        assertThat(git(repo, "2026-11-30T16:00:00Z", "commit", "-q", "-m", "other")).isTrue();
        assertThat(ClaimsProvenance.of(repo, PATH, null).markdown()).contains("the file is not committed in");
    }
}
