package io.falbench.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The long-run helpers of docs/long-runs.md: scripts/long-run-supervise and scripts/long-run-checkout. */
class LongRunScriptsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        Result result = new Result(exit, Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private static String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", ROOT.toString()));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return git.waitFor() == 0 ? out : null;
    }

    /** A command that dies by SIGABRT (as the JVM does after a native crash) {@code crashes} times, then succeeds. */
    private static Path crashing(Path dir, int crashes) throws IOException {
        Path script = dir.resolve("crash.sh");
        Files.writeString(script, "#!/usr/bin/env bash\nn=$(cat count 2>/dev/null || echo 0); echo $((n + 1)) > count\n"
                + "[ \"$n\" -lt " + crashes + " ] && kill -ABRT $$\necho finished\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script;
    }

    @Test
    void superviseRunsACrashedCommandAgainAndStopsOnAnyOtherExit(@TempDir Path dir) throws Exception {
        String supervise = ROOT.resolve("scripts/long-run-supervise").toString();
        Map<String, String> env = Map.of("LONG_RUN_RETRY_DELAY", "0");
        Result recovered = run(dir, env, supervise, crashing(dir, 2).toString());
        assertThat(recovered.exit()).isZero();
        assertThat(recovered.out()).isEqualTo("finished\n");
        assertThat(recovered.err()).contains("the JVM crashed (exit 134); resuming, retry 1 of 5")
                .contains("retry 2 of 5").doesNotContain("retry 3");
        assertThat(Files.readString(dir.resolve("count")).strip()).isEqualTo("3");

        Files.delete(dir.resolve("count"));
        Result givenUp = run(dir, Map.of("LONG_RUN_RETRY_DELAY", "0", "LONG_RUN_RETRIES", "1"), supervise,
                crashing(dir, 5).toString());
        assertThat(givenUp.exit()).isEqualTo(134);
        assertThat(givenUp.err()).contains("crashed again (exit 134) after 1 retries; stopping");
        assertThat(Files.readString(dir.resolve("count")).strip()).isEqualTo("2");

        Result stopped = run(dir, env, supervise, "bash", "-c", "echo x >> stops; exit 143");
        assertThat(stopped.exit()).as("a stop you asked for is not retried").isEqualTo(143);
        assertThat(Files.readAllLines(dir.resolve("stops"))).hasSize(1);
        assertThat(run(dir, env, supervise).exit()).isEqualTo(2);
    }

    @Test
    void checkoutMakesAWorktreeAtTheCommitOfTheCellThatStartedLast(@TempDir Path dir) throws Exception {
        String head = git("rev-parse", "HEAD");
        String first = git("rev-list", "--max-parents=0", "HEAD");
        assumeTrue(head != null && first != null && git("status") != null, "not a git checkout with git");
        first = first.lines().findFirst().orElseThrow();
        assumeTrue(!first.equals(head), "a shallow clone: HEAD is its only commit");
        Path cells = Files.createDirectories(dir.resolve("run/cells"));
        Files.writeString(cells.resolve("a.json"), "{\"provenance\" : {\"gitCommit\" : \"" + head
                + "\", \"startedAt\" : \"2026-12-07T10:00:00Z\"}}");
        Files.writeString(cells.resolve("b.json"), "{\"provenance\" : {\"gitCommit\" : \"" + first
                + "\", \"startedAt\" : \"2026-12-06T10:00:00Z\"}}");
        Files.writeString(cells.resolve("c.json"), "{\"provenance\" : {\"gitCommit\" : \"" + first
                + "-dirty\", \"startedAt\" : \"2026-12-08T10:00:00Z\"}}");
        String checkout = ROOT.resolve("scripts/long-run-checkout").toString();
        Path worktree = dir.resolve("pinned");
        try {
            Result made = run(dir, Map.of(), checkout, dir.resolve("run").toString(), worktree.toString());
            assertThat(made.exit()).as(made.err()).isZero();
            assertThat(made.out()).contains("1 " + head).contains("1 " + first)
                    .contains("started last: " + cells.resolve("a.json") + " at 2026-12-07T10:00:00Z, commit " + head);
            assertThat(new String(new ProcessBuilder("git", "-C", worktree.toString(), "rev-parse", "HEAD").start()
                    .getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()).isEqualTo(head);

            Result kept = run(dir, Map.of(), checkout, dir.resolve("run").toString(), worktree.toString());
            assertThat(kept.exit()).isZero();
            assertThat(kept.out()).contains(worktree + " is already at " + head);

            Files.writeString(cells.resolve("d.json"), "{\"provenance\" : {\"gitCommit\" : \"" + first
                    + "\", \"startedAt\" : \"2026-12-09T10:00:00Z\"}}");
            Result other = run(dir, Map.of(), checkout, dir.resolve("run").toString(), worktree.toString());
            assertThat(other.exit()).isEqualTo(2);
            assertThat(other.err()).contains(worktree + " is at " + head + ", not " + first);
        } finally {
            git("worktree", "remove", "--force", worktree.toString());
            git("worktree", "prune");
        }
        Files.createDirectories(dir.resolve("empty"));
        Result none = run(dir, Map.of(), checkout, dir.resolve("empty").toString(), dir.resolve("x").toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no cell under " + dir.resolve("empty") + " records a clean gitCommit");
    }
}
