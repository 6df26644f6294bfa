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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The long-run helpers of docs/long-runs.md: supervise, checkout, the session log and long-runs-stop. */
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

    /** A falbench stand-in that appends its arguments to {@code calls}. */
    private static Path recording(Path dir, Path calls) throws IOException {
        Path falbench = dir.resolve("falbench");
        Files.writeString(falbench, "#!/usr/bin/env bash\necho \"$*\" >> " + calls + "\necho \"$1: done\"\n");
        assertThat(falbench.toFile().setExecutable(true)).isTrue();
        return falbench;
    }

    /** The calls a run's script makes: with {@code --dry-run}, its last seed level's, each with --dry-run. */
    private static List<String> calls(Path dir, String... command) throws Exception {
        Path calls = Files.createTempFile(dir, "calls", ".log");
        Result result = run(dir, Map.of("FALBENCH", recording(dir, calls).toString()), command);
        assertThat(result.exit()).as(result.err()).isZero();
        return Files.readAllLines(calls);
    }

    @Test
    void eachRunsScriptIsTheOneSourceOfItsOptionsForTheRunAndItsDryRun(@TempDir Path dir) throws Exception {
        String fairfal = ROOT.resolve("scripts/long-run-fairfal-cifar10-lt-cpu").toString();
        List<String> run = calls(dir, fairfal, "R");
        assertThat(run).hasSize(6).allMatch(c -> c.startsWith("run fairfal-cifar10-lt-cpu --out R/"));
        assertThat(run.get(0)).contains("--seeds 1 ");
        assertThat(calls(dir, fairfal, "R", "--dry-run"))
                .containsExactlyElementsOf(run.subList(4, 6).stream().map(c -> c + " --dry-run").toList());

        String blog = ROOT.resolve("scripts/long-run-blog-mnist-cpu-seeds").toString();
        List<String> levels = calls(dir, blog, dir.toString(), "R");
        assertThat(levels).hasSize(7).first().asString().contains("--seeds 4 ");
        assertThat(calls(dir, blog, dir.toString(), "R", "--dry-run"))
                .containsExactly(levels.get(6) + " --dry-run");
        assertThat(levels.get(6)).isEqualTo("run blog-mnist-cpu --set client_workers=2 --seeds 10 --out R");
    }

    @Test
    void stopEndsTheLockHolderAloneThenRerendersAndStagesTheRunsWithoutTheirLocks(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path results = repo.resolve("reports/results");
        List<String> runs = List.of("fairfal-cifar10-lt-cpu/reference", "fairfal-cifar10-lt-cpu/none",
                "blog-mnist-cpu");
        for (String run : runs) {
            Files.createDirectories(results.resolve(run).resolve("cells"));
            Files.writeString(results.resolve(run).resolve("results.csv"), "protocol\n");
            Files.writeString(results.resolve(run).resolve("cells/a.json"), "{}");
        }
        assertThat(run(repo, Map.of(), "git", "init", "-q").exit()).isZero();
        Path calls = dir.resolve("calls.log");
        Path falbench = recording(dir, calls);

        // a run's JVM stand-in in a session of its own, as long-runs-resume starts them, and a lock naming it
        Process running = new ProcessBuilder("setsid", "bash", "-c", "exec -a falbench-run sleep 600").start();
        // a stale lock whose process number now belongs to something that is not falbench: left alone
        Process other = new ProcessBuilder("sleep", "600").start();
        try {
            Files.writeString(results.resolve("blog-mnist-cpu/run.lock"),
                    "process " + running.pid() + " (falbench run blog-mnist-cpu, started 2026-12-07T20:21:54Z)\n");
            Files.writeString(results.resolve("fairfal-cifar10-lt-cpu/reference/run.lock"),
                    "process " + other.pid() + " (falbench run fairfal-cifar10-lt-cpu, started 2026-12-07T10:00Z)\n");
            Result stopped = run(repo, Map.of("LONG_RUN_RESULTS", results.toString(), "FALBENCH", falbench.toString(),
                    "LONG_RUN_STOP_WAIT", "20"), ROOT.resolve("scripts/long-runs-stop").toString());

            assertThat(stopped.exit()).as(stopped.err()).isZero();
            assertThat(running.waitFor(30, TimeUnit.SECONDS)).as("the lock's holder is stopped").isTrue();
            assertThat(other.isAlive()).as("a process that is not falbench is never signalled").isTrue();
            assertThat(stopped.out())
                    .contains(results.resolve("blog-mnist-cpu") + ": stopping process " + running.pid())
                    .contains("fairfal-cifar10-lt-cpu/reference: not running");
            Path fairfal = results.resolve("fairfal-cifar10-lt-cpu");
            assertThat(Files.readAllLines(calls)).containsExactly(
                    "report " + fairfal.resolve("reference"), "report " + fairfal.resolve("none"),
                    "report " + results.resolve("blog-mnist-cpu"),
                    "quirks " + fairfal.resolve("reference") + " " + fairfal.resolve("none") + " --out "
                            + fairfal.resolve("quirks.md"),
                    "run fairfal-cifar10-lt-cpu --out " + fairfal.resolve("reference") + " --seeds 3 --set"
                            + " client_workers=2 --set quirks=reference --dry-run",
                    "run fairfal-cifar10-lt-cpu --out " + fairfal.resolve("none") + " --seeds 3 --set"
                            + " client_workers=2 --set quirks=none --set strategies=random,badge --set"
                            + " modes=f-al,logo,fairfal --dry-run",
                    "run blog-mnist-cpu --set client_workers=2 --seeds 10 --out " + results.resolve("blog-mnist-cpu")
                            + " --dry-run");
            List<String> staged = run(repo, Map.of(), "git", "diff", "--cached", "--name-only").out().lines().toList();
            // the stopped run's session log too
            assertThat(staged).containsExactlyInAnyOrder(Stream.concat(runs.stream()
                    .flatMap(r -> Stream.of("results.csv", "cells/a.json").map(f -> "reports/results/" + r + "/" + f)),
                    Stream.of("reports/results/blog-mnist-cpu/sessions.log")).toArray(String[]::new));
            assertThat(stopped.out()).contains("staged (commit them): 7 files").contains("of them cell files: 3");
            assertThat(staged).doesNotContain("reports/results/fairfal-cifar10-lt-cpu/sessions.log");
            assertThat(Files.readString(results.resolve("blog-mnist-cpu/sessions.log")))
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ stopped on .+, \\d+ CPUs;"
                            + " blog-mnist-cpu was under way\n");
        } finally {
            running.destroyForcibly();
            other.destroyForcibly();
        }
    }
}
