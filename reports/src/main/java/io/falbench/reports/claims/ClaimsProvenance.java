package io.falbench.reports.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Whether the claims came before the results: the commit that last changed each claim (git blame of the claims file
 * in the falbench checkout, as the cells' provenance records the code's commit) against the start of the run's first
 * cell, and the seed plan's commit against how many cells had started by then. Claim by claim, so that a later line
 * of the file (a claim of another protocol, a seed plan) does not cast doubt on claims written before the results.
 *
 * @param path          the claims file, from the repository root
 * @param commit        its last commit, or null where unknown (no git checkout, git missing, never committed)
 * @param committedAt   that commit's committer date (null with it)
 * @param changed       whether the checkout's file differs from that commit (the claims judged are not its)
 * @param cellStarts    when each of the run's cells started (those whose provenance records it)
 * @param lines         each line of the checkout's file with the commit that last changed it (empty where unknown)
 * @param unknownReason why the commit is unknown (null when known)
 */
public record ClaimsProvenance(String path, String commit, Instant committedAt, boolean changed,
                               List<CellStart> cellStarts, List<LineCommit> lines, String unknownReason) {

    /** When a cell of the run started, and its seed. */
    public record CellStart(Instant startedAt, int seed) {
    }

    /**
     * A line of the claims file and the commit that last changed it.
     *
     * @param commit      null where the line is not committed (the checkout changed it)
     * @param committedAt that commit's committer date (null with it)
     */
    public record LineCommit(String commit, Instant committedAt, String text) {

        boolean committed() {
            return commit != null;
        }

        String describe() {
            return committed() ? "commit `" + commit.substring(0, 7) + "`, " + committedAt : "not committed";
        }
    }

    /** The provenance of the claims file at {@code path} in the checkout at {@code home}. */
    public static ClaimsProvenance of(Path home, String path, List<CellStart> cellStarts) {
        if (home == null || !Files.exists(home.resolve(".git"))) {
            return new ClaimsProvenance(path, null, null, false, cellStarts, List.of(), home == null
                    ? "no falbench.home given" : home + " is not a git checkout");
        }
        try {
            String log = git(home, "log", "-1", "--format=%H %cI", "--", path);
            if (log == null || log.isEmpty()) {
                return new ClaimsProvenance(path, null, null, false, cellStarts, List.of(), log == null
                        ? "git log failed in " + home : "the file is not committed in " + home);
            }
            String[] parts = log.split(" ");
            String status = git(home, "status", "--porcelain", "--", path);
            String blame = git(home, "blame", "--line-porcelain", "--", path);
            return new ClaimsProvenance(path, parts[0], OffsetDateTime.parse(parts[1]).toInstant(),
                    status == null || !status.isEmpty(), cellStarts, blame == null ? List.of() : blame(blame), null);
        } catch (IOException | DateTimeParseException e) {
            return new ClaimsProvenance(path, null, null, false, cellStarts, List.of(), "git failed: " + e.getMessage());
        }
    }

    /** Each line's commit from {@code git blame --line-porcelain} (a commit of zeros: not committed yet). */
    static List<LineCommit> blame(String porcelain) {
        List<LineCommit> lines = new ArrayList<>();
        String commit = null;
        Instant time = null;
        for (String line : porcelain.split("\n", -1)) {
            if (line.startsWith("\t")) {
                boolean committed = commit != null && !commit.matches("0+");
                lines.add(new LineCommit(committed ? commit : null, committed ? time : null, line.substring(1)));
                commit = null;
                time = null;
            } else if (commit == null && line.matches("[0-9a-f]{40} .*")) {
                commit = line.substring(0, 40);
            } else if (line.startsWith("committer-time ")) {
                time = Instant.ofEpochSecond(Long.parseLong(line.substring("committer-time ".length()).strip()));
            }
        }
        return lines;
    }

    /** When the run's first cell started (null where no cell records it). */
    public Instant firstCell() {
        return cellStarts.stream().map(CellStart::startedAt).min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The commit that last changed the claim starting at {@code line} (1-based) or its indented key lines: an
     * uncommitted line first, else the latest; null where the lines are unknown.
     */
    LineCommit lastChange(int line) {
        if (line < 1 || line > lines.size()) {
            return null;
        }
        List<LineCommit> block = new ArrayList<>(List.of(lines.get(line - 1)));
        for (int i = line; i < lines.size() && lines.get(i).text().matches("\\s+\\S.*"); i++) {
            block.add(lines.get(i));
        }
        return block.stream().filter(l -> !l.committed()).findFirst().orElseGet(() -> block.stream()
                .max(Comparator.comparing(LineCommit::committedAt)).orElseThrow());
    }

    /** Whether every one of {@code claims} was committed, unchanged since, before the run's first cell. */
    public boolean precedesRun(List<Claim> claims) {
        Instant first = firstCell();
        return first != null && !lines.isEmpty() && claims.stream().map(c -> lastChange(c.line()))
                .allMatch(l -> l != null && l.committed() && l.committedAt().isBefore(first));
    }

    /** The report's paragraph on {@code claims} (those judged on the run) and the run's seed plan (null: none). */
    String markdown(List<Claim> claims, SeedPlan plan) {
        Instant first = firstCell();
        String cell = first == null ? "unknown (no cell records its start)" : first.toString();
        if (commit == null) {
            return "Claims file `" + path + "`: commit unknown (" + unknownReason + "); the run's first cell started "
                    + cell + ". Whether the claims were written before the results cannot be told here.\n";
        }
        StringBuilder md = new StringBuilder("Claims file `").append(path).append("`, last commit `").append(commit)
                .append("` (").append(committedAt).append("); the run's first cell started ").append(cell)
                .append(". ");
        if (lines.isEmpty() || first == null) {
            return md.append(first == null ? "The run's start is unknown: whether the claims preceded it cannot be"
                    + " told.\n" : "The commit of each claim is unknown (git blame failed): whether the claims"
                    + " preceded the results cannot be told.\n").toString();
        }
        List<Claim> uncommitted = new ArrayList<>();
        List<Claim> after = new ArrayList<>();
        List<Claim> before = new ArrayList<>();
        for (Claim c : claims) {
            LineCommit last = lastChange(c.line());
            (last == null || !last.committed() ? uncommitted : last.committedAt().isBefore(first) ? before : after)
                    .add(c);
        }
        if (!uncommitted.isEmpty()) {
            md.append("**Changed in this checkout and not committed:** ").append(list(uncommitted, false))
                    .append(": the claims judged there are no commit's, and nothing tells whether they preceded the")
                    .append(" results. ");
        }
        if (!after.isEmpty()) {
            md.append("**Last changed after the run's first cell:** ").append(list(after, true))
                    .append(": these may have been written or changed with those results in view. ");
        }
        if (!before.isEmpty()) {
            LineCommit latest = before.stream().map(c -> lastChange(c.line()))
                    .max(Comparator.comparing(LineCommit::committedAt)).orElseThrow();
            md.append(before.size() == claims.size() ? "Every claim judged here was" : before.size() == 1
                    ? "The other claim was" : "The other " + before.size() + " were")
                    .append(" last changed before the run's first cell (the latest at ")
                    .append(latest.describe()).append(")")
                    .append(before.size() == claims.size() ? ": the claims precede these results. " : ". ");
        }
        if (plan != null) {
            md.append(planText(plan));
        }
        return md.toString().strip() + "\n";
    }

    private String planText(SeedPlan plan) {
        LineCommit last = lastChange(plan.line());
        if (last == null || !last.committed()) {
            return "The seed plan (line " + plan.line() + ") is not committed: it fixes nothing yet.";
        }
        String seen = startedBy(last.committedAt());
        return "The seed plan (line " + plan.line() + ") was committed at " + last.describe() + ", "
                + (seen.isEmpty() ? "before the run's first cell."
                : seen + "; it fixes the seeds the verdicts are judged at before the seeds that reach it run"
                + " (docs/statistics.md).");
    }

    /** "when N of the run's cells had started (seeds ...)" at {@code time}; "" when none had. */
    private String startedBy(Instant time) {
        List<CellStart> started = cellStarts.stream().filter(s -> s.startedAt().isBefore(time)).toList();
        if (started.isEmpty()) {
            return "";
        }
        List<Integer> seedList = started.stream().map(CellStart::seed).distinct().sorted().toList();
        return "when " + started.size() + " of the run's cells had started (" + (seedList.size() == 1 ? "seed "
                : "seeds ") + seedList.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The claims grouped by the commit that last changed them, in file order: "`a` (line 3), `b` (line 5) at ...",
     * with {@code seen}: and the cells that had started by then.
     */
    private String list(List<Claim> claims, boolean seen) {
        Map<String, List<Claim>> byCommit = claims.stream().collect(Collectors.groupingBy(
                c -> Objects.requireNonNull(lastChange(c.line())).describe(), LinkedHashMap::new, Collectors.toList()));
        return byCommit.values().stream().map(group -> {
            LineCommit last = lastChange(group.get(0).line());
            return group.stream().map(c -> "`" + c.id() + "` (line " + c.line() + ")")
                    .collect(Collectors.joining(", ")) + (!last.committed() ? "" : " at " + last.describe()
                    + (seen ? ", " + startedBy(last.committedAt()) : ""));
        }).collect(Collectors.joining("; "));
    }

    /** The trimmed output of a git command, or null when it fails. */
    private static String git(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", home.toString()));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroy();
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return out;
    }
}
