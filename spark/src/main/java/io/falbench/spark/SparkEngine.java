package io.falbench.spark;

import io.falbench.experiment.CellEngine;
import io.falbench.experiment.CellResult;
import io.falbench.experiment.ResultStore;
import io.falbench.experiment.Sweep;
import io.falbench.protocol.Cell;
import io.falbench.runtime.NativeThreads;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a sweep's pending cells as the tasks of one Spark job, one cell per task, after a preflight job that checks
 * the executors. The driver (this process) keeps the run directory's lock and rebuilds results.csv as cell files
 * appear; executors write cells and checkpoints themselves, so a lost executor loses only its running cell's current
 * round, and Spark's retry resumes it from its checkpoint elsewhere.
 */
public final class SparkEngine implements CellEngine {

    static final String CELLS_GROUP = "falbench-cells";

    private final SparkSettings settings;

    public SparkEngine(SparkSettings settings) {
        this.settings = settings;
    }

    @Override
    public String describe() {
        return "spark (" + settings.master() + ", " + settings.cellThreads() + " native thread(s) per cell)";
    }

    @Override
    public void run(Sweep sweep) throws IOException {
        if (settings.localMaster()) {
            int slots = settings.localSlots() / settings.cellThreads();
            int threads = NativeThreads.configured();
            if (slots * threads > Runtime.getRuntime().availableProcessors()) {
                sweep.log("warning: " + settings.master() + " runs " + slots + " cells at once in this process, each"
                        + " on its " + threads + " native threads, on " + Runtime.getRuntime().availableProcessors()
                        + " processors: set FALBENCH_THREADS=" + Math.max(1, Runtime.getRuntime().availableProcessors()
                        / Math.max(1, slots)) + " to avoid oversubscription");
            }
        }
        SparkConf conf = SparkConfs.of(settings, "falbench " + sweep.protocol().name());
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel(conf.get("spark.falbench.logLevel", "WARN"));
            String appId = spark.sc().applicationId();
            sweep.log("spark: application " + appId + " on " + settings.master());
            ProtocolPayload payload = ProtocolPayload.of(sweep.protocol());
            ExecutorChecks.waitForFirst(spark, settings, sweep);
            ExecutorChecks.preflight(spark, settings, payload, sweep.store(), appId, sweep);
            runCells(spark, payload, sweep, appId);
        }
    }

    private void runCells(JavaSparkContext spark, ProtocolPayload payload, Sweep sweep, String appId)
            throws IOException {
        List<Cell> pending = sweep.pending();
        TaskEvents events = new TaskEvents(CELLS_GROUP);
        spark.sc().addSparkListener(events);
        spark.setJobGroup(CELLS_GROUP, "falbench cells of " + sweep.protocol().name(), false);
        CellTask task = new CellTask(payload, pending, settings.runDir(), settings.hadoop(), settings.executorDataDir(),
                appId);
        JavaFutureAction<List<CellOutcome>> job = spark.parallelize(IntStream.range(0, pending.size()).boxed()
                .toList(), pending.size()).map(task).collectAsync();
        Set<String> reported = new HashSet<>();
        try {
            while (!job.isDone()) {
                events.drain(pending, sweep);
                report(sweep, pending, reported);
                Thread.sleep(1000);
            }
            events.drain(pending, sweep);
            report(sweep, pending, reported);
            List<CellOutcome> outcomes = job.get();
            for (CellOutcome outcome : outcomes) {
                sweep.note("cell " + outcome.cellId() + (outcome.alreadyFinished() ? " was already finished" : " ran")
                        + " on " + outcome.ranOn() + String.format(java.util.Locale.ROOT, " (%.1f s in its task)",
                        outcome.seconds()));
            }
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted; finished cells are kept in " + sweep.store().files().where("")
                    + "; run the same command to resume", e);
        } catch (ExecutionException e) {
            report(sweep, pending, reported);
            throw new IOException("the Spark job stopped (" + rootMessage(e) + "); the " + reported.size() + " cells"
                    + " finished so far are kept in " + sweep.store().files().where("")
                    + "; run the same command to resume", e);
        }
        if (reported.size() != pending.size()) {
            throw new IOException("the Spark job ended with " + (pending.size() - reported.size()) + " cell(s)"
                    + " without a result file in " + sweep.store().files().where("cells") + "; run the same command to"
                    + " resume");
        }
    }

    /** Tells the sweep about every pending cell whose result file has appeared since the last look. */
    private static void report(Sweep sweep, List<Cell> pending, Set<String> reported) throws IOException {
        Set<String> present = new HashSet<>(sweep.store().files().list("cells"));
        List<Cell> fresh = new ArrayList<>();
        for (Cell cell : pending) {
            if (!reported.contains(cell.id()) && present.contains(cellFileName(cell))) {
                fresh.add(cell);
            }
        }
        for (Cell cell : fresh) {
            CellResult result = sweep.store().find(cell).orElseThrow();
            reported.add(cell.id());
            sweep.finished(cell, result);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The cell file name a result store uses, for the driver's polling. */
    static String cellFileName(Cell cell) {
        return ResultStore.cellFile(cell).substring("cells/".length());
    }
}
