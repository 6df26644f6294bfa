package io.falbench.cli;

import io.falbench.experiment.CellEngine;
import io.falbench.experiment.LocalEngine;
import io.falbench.runtime.NativeThreads;
import io.falbench.spark.SparkEngine;
import io.falbench.spark.SparkSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code falbench run}'s engine options: where the cells run (this process, or Spark tasks). */
final class EngineOptions {

    enum Engine { local, spark }

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
            description = "where the cells run: local (this process, one cell after another; default) or spark (one"
                    + " Spark task per cell)")
    Engine engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark: local[N] (this process, N cores), spark://HOST:PORT (a"
                    + " standalone cluster); YARN and Kubernetes through spark-submit (docs/spark.md) (default: spark-submit's"
                    + " --master when run under it, else local[*])")
    String master;

    @Option(names = "--cell-threads", paramLabel = "N",
            description = "native threads per cell on Spark, its tasks' spark.task.cpus (default: FALBENCH_THREADS)")
    Integer cellThreads;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "a Spark setting for --engine spark, e.g. --conf spark.executor.memory=8g; spark.hadoop.*"
                    + " reach the run directory's file system")
    Map<String, String> conf = new LinkedHashMap<>();

    /** The engine, checked before any work. */
    CellEngine create(String runDir, Path dataDir) {
        if (engine == Engine.local) {
            if (!conf.isEmpty() || cellThreads != null) {
                throw new IllegalArgumentException("--conf and --cell-threads are options of --engine spark");
            }
            return new LocalEngine();
        }
        int threads = NativeThreads.configured();
        SparkSettings settings = new SparkSettings(master(), cellThreads == null ? threads : cellThreads, runDir,
                dataDir.toString(), conf);
        if (settings.localMaster()) {
            if (settings.cellThreads() != threads) {
                throw new IllegalArgumentException("--master " + settings.master() + " runs the cells in this process,"
                        + " whose native pools have " + threads + " threads (FALBENCH_THREADS): leave --cell-threads out,"
                        + " or set FALBENCH_THREADS=" + settings.cellThreads());
            }
            if (settings.localSlots() < threads) {
                throw new IllegalArgumentException("--master " + settings.master() + " has " + settings.localSlots()
                        + " core(s), fewer than a cell's " + threads + " threads: give local[" + threads + "] or"
                        + " more, or set FALBENCH_THREADS lower");
            }
        }
        return new SparkEngine(settings);
    }

    /** --master, else the master spark-submit set (its spark.master property), else every core of this process. */
    private String master() {
        if (master != null) {
            return master;
        }
        return System.getProperty("spark.master", "local[*]");
    }

    boolean isLocal() {
        return engine == Engine.local;
    }
}
