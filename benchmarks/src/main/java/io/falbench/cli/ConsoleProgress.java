package io.falbench.cli;

import io.falbench.protocol.Cell;
import io.falbench.experiment.CellResult;
import io.falbench.experiment.ProgressListener;
import io.falbench.experiment.RoundResult;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on standard error: redrawn in place on a terminal, one line per AL round otherwise.
 *
 * <p>Hand-written on purpose. {@code me.tongfei:progressbar} 0.10.2 (with JLine 3.29) was tried in its place and
 * does not fit without as much glue as this class:
 * <ul>
 *   <li>with standard error on a file or a pipe it prints every redraw after a carriage return on one line, redraws
 *       from its own thread once a second (AL rounds that finish within that second never appear) and repeats
 *       the last line on close; one line per round would need a consumer of our own that filters its redraws;</li>
 *   <li>without a real terminal it renders into 80 columns and cuts the message from the end, accuracy first;</li>
 *   <li>on a terminal its default consumer opens a JLine system terminal with native signals, which resets SIGINT
 *       to the operating system's default: Ctrl-C then kills the JVM without running shutdown hooks (checked under
 *       a pseudo-terminal; JDK-8332921 is the same JLine behaviour);</li>
 *   <li>its bar lives on a thread that must be closed, and {@link ProgressListener} has no end-of-run event.</li>
 * </ul>
 */
final class ConsoleProgress implements ProgressListener {

    private static final int WIDTH = 24;

    private final PrintStream err = System.err;
    private final boolean terminal = System.console() != null;
    private final long runStarted = System.nanoTime();
    private String prefix = "";
    private long cellStarted;
    private int cellsLeftAfterThis;
    private int roundsRun;
    private int finished;
    private final java.util.Set<Cell> withRounds = new java.util.HashSet<>();

    @Override
    public void cellStarted(Cell cell, int index, int total) {
        prefix = String.format(Locale.ROOT, "[%d/%d] %s %s %s seed %d", index + 1, total, cell.partition(),
                cell.strategy(), cell.mode(), cell.seed());
        cellStarted = System.nanoTime();
        cellsLeftAfterThis = total - index - 1;
    }

    @Override
    public void cellSkipped(Cell cell, int index, int total) {
        err.printf(Locale.ROOT, "[%d/%d] %s: finished earlier, skipped%n", index + 1, total, cell.id());
    }

    @Override
    public void roundFinished(Cell cell, RoundResult round, int totalRounds) {
        withRounds.add(cell);
        int done = round.round() + 1;
        int filled = WIDTH * done / totalRounds;
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        roundsRun++;
        String line = String.format(Locale.ROOT, "%s [%s] round %d/%d labelled %d acc %.2f%% (%.0f s, run ETA %s)",
                prefix, bar, done, totalRounds, round.labels().labelled(), 100 * round.accuracy(),
                (System.nanoTime() - cellStarted) / 1e9, eta(totalRounds - done + cellsLeftAfterThis * totalRounds));
        if (terminal) {
            err.print("\r" + line + (done == totalRounds ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** A cell whose rounds ran elsewhere (a Spark executor) is reported when its file arrives. */
    @Override
    public void cellFinished(Cell cell, CellResult result) {
        finished++;
        if (!withRounds.remove(cell)) {
            err.printf(Locale.ROOT, "cell %s finished (%d this run)%s%n", cell.id(), finished,
                    result.failed() ? ": FAILED, " + result.failure() : "");
        }
    }

    /**
     * Time left for {@code roundsLeft} AL rounds at this run's mean pace per round so far (cells still to run may
     * take longer or shorter; an estimate, not a promise).
     */
    private String eta(int roundsLeft) {
        double seconds = (System.nanoTime() - runStarted) / 1e9 / roundsRun * roundsLeft;
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 5400) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
