package io.falbench.spark;

import io.falbench.experiment.ResultStore;
import io.falbench.experiment.RunFiles;
import io.falbench.experiment.Sweep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;

/** Before any cell: a cluster has executors, and those that run the preflight can train and reach the run directory. */
final class ExecutorChecks {

    private ExecutorChecks() {
    }

    /** Executors registered now (the status tracker lists the driver too). */
    static int executors(JavaSparkContext spark) {
        return spark.sc().statusTracker().getExecutorInfos().length - 1;
    }

    static void waitForFirst(JavaSparkContext spark, SparkSettings settings, Sweep sweep) throws IOException {
        if (settings.localMaster()) {
            return;
        }
        long deadline = System.nanoTime() + settings.executorWaitSeconds() * 1_000_000_000L;
        while (executors(spark) < 1) {
            if (spark.sc().isStopped()) {
                throw new IOException("the Spark master at " + settings.master() + " ended the application before"
                        + " any executor joined (unreachable master, or no worker can host an executor of"
                        + " spark.executor.memory); check the URL and the workers' free memory and cores");
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("no Spark executor joined within "
                        + settings.executorWaitSeconds() + " s at " + settings.master() + "; check the master URL and"
                        + " that its workers have free cores and memory (spark.executor.memory), or wait longer with"
                        + " --conf " + SparkSettings.EXECUTOR_WAIT + "=SECONDS");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for executors", e);
            }
        }
        sweep.log("spark: " + executors(spark) + " executor(s) joined");
    }

    /**
     * One preflight task per cell slot registered now (Spark's default parallelism: the executors' cores); every error
     * of every slot is listed before failing.
     */
    static void preflight(JavaSparkContext spark, SparkSettings settings, ProtocolPayload protocol, ResultStore store,
                          String appId, Sweep sweep) throws IOException {
        int slots = settings.localMaster() ? 1 : Math.max(1, spark.defaultParallelism() / settings.cellThreads());
        spark.setJobGroup("falbench-preflight", "falbench preflight", false);
        List<String> answers = spark.parallelize(IntStream.range(0, slots).boxed().toList(), slots)
                .map(new Preflight(protocol, settings.runDir(), settings.hadoop(), settings.executorDataDir(), appId))
                .collect();
        List<String> errors = new ArrayList<>();
        RunFiles files = store.files();
        for (String answer : answers) {
            if (answer.startsWith("error ")) {
                errors.add(answer.substring("error ".length()));
                continue;
            }
            String[] parts = answer.split(" ", 3);
            if (!files.isFile(parts[1])) {
                errors.add(parts[2] + ": wrote its probe to the run directory but the driver does not see it at "
                        + files.where(parts[1]) + "; on a cluster --out must be a folder every machine shares, or an"
                        + " hdfs:// or s3a:// URI");
            }
            files.delete(parts[1]);
        }
        if (!errors.isEmpty()) {
            throw new IOException("the preflight on the Spark executors failed, before any cell ran:\n  - "
                    + String.join("\n  - ", errors));
        }
        sweep.note("spark: preflight passed on " + slots + " task slot(s)");
    }
}
