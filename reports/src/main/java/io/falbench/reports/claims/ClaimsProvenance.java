package io.falbench.reports.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whether the claims came before the results: the claims file's last commit in the falbench checkout (git, as the
 * cells' provenance records the code's commit) against the start of the run's first cell.
 *
 * @param path          the claims file, from the repository root
 * @param commit        its last commit, or null where unknown (no git checkout, git missing, never committed)
 * @param committedAt   that commit's committer date (null with it)
 * @param changed       whether the checkout's file differs from that commit (the claims judged are not its)
 * @param firstCell     when the run's first cell started (null where no cell records it)
 * @param unknownReason why the commit is unknown (null when known)
 */
public record ClaimsProvenance(String path, String commit, Instant committedAt, boolean changed, Instant firstCell,
                               String unknownReason) {

    /** The provenance of the claims file at {@code path} in the checkout at {@code home}. */
    public static ClaimsProvenance of(Path home, String path, Instant firstCell) {
        if (home == null || !Files.exists(home.resolve(".git"))) {
            return new ClaimsProvenance(path, null, null, false, firstCell, home == null
                    ? "no falbench.home given" : home + " is not a git checkout");
        }
        try {
            String log = git(home, "log", "-1", "--format=%H %cI", "--", path);
            if (log == null || log.isEmpty()) {
                return new ClaimsProvenance(path, null, null, false, firstCell, log == null
                        ? "git log failed in " + home : "the file is not committed in " + home);
            }
            String[] parts = log.split(" ");
            String status = git(home, "status", "--porcelain", "--", path);
            return new ClaimsProvenance(path, parts[0], OffsetDateTime.parse(parts[1]).toInstant(),
                    status == null || !status.isEmpty(), firstCell, null);
        } catch (IOException | DateTimeParseException e) {
            return new ClaimsProvenance(path, null, null, false, firstCell, "git failed: " + e.getMessage());
        }
    }

    /** Whether the claims file's commit precedes the run's first cell (false where either is unknown). */
    public boolean precedesRun() {
        return committedAt != null && firstCell != null && !changed && committedAt.isBefore(firstCell);
    }

    /** The report's paragraph. */
    String markdown() {
        String cell = firstCell == null ? "unknown (no cell records its start)" : firstCell.toString();
        if (commit == null) {
            return "Claims file `" + path + "`: commit unknown (" + unknownReason + "); the run's first cell started "
                    + cell + ". Whether the claims were written before the results cannot be told here.\n";
        }
        String verdict = changed ? "**changed since that commit** in this checkout: the claims judged here are not"
                + " those of any commit, and nothing tells whether they preceded the results"
                : firstCell == null ? "the run's start is unknown"
                : precedesRun() ? "committed **before** the run's first cell: the claims precede these results"
                : "committed **after** the run's first cell: a claim may have been written or changed with these"
                + " results in view";
        return "Claims file `" + path + "`, last commit `" + commit + "` (" + committedAt + "); the run's first"
                + " cell started " + cell + ". The claims file was " + verdict + ".\n";
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
