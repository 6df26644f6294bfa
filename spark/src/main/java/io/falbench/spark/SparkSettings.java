package io.falbench.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a sweep runs on Spark: the master URL, native threads per cell (a task's {@code spark.task.cpus}, so a worker
 * runs cores / threads cells at once and never oversubscribes), the run directory, the executors' data directory,
 * and the user's own Spark settings ({@code --conf}), which win over falbench's defaults.
 */
public record SparkSettings(String master, int cellThreads, String runDir, String dataDir, Map<String, String> conf) {

    /** Data directory of the executors when it differs from the driver's (else the driver's path). */
    public static final String DATA_DIR = "spark.falbench.dataDir";
    /** Seconds the driver waits for a cluster's first executor before it gives up. */
    public static final String EXECUTOR_WAIT = "spark.falbench.executorWaitSeconds";

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\d+|\\*)(,\\d+)?])?");

    public SparkSettings {
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("--master is empty; give local[N], spark://HOST:PORT, yarn or"
                    + " k8s://URL");
        }
        if (cellThreads < 1) {
            throw new IllegalArgumentException("--cell-threads " + cellThreads + " must be at least 1");
        }
        conf = Map.copyOf(new LinkedHashMap<>(conf));
    }

    /** True for local, local[N], local[*]: the cells run in this process, on N task slots. */
    public boolean localMaster() {
        return LOCAL.matcher(master).matches();
    }

    /** Task slots of a local master (local = 1, local[*] = every processor). */
    public int localSlots() {
        Matcher m = LOCAL.matcher(master);
        if (!m.matches()) {
            throw new IllegalStateException(master + " is not a local master");
        }
        if (m.group(2) == null) {
            return 1;
        }
        return m.group(2).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(2));
    }

    /** The executors' data directory. */
    public String executorDataDir() {
        return conf.getOrDefault(DATA_DIR, dataDir);
    }

    /** Hadoop settings for the run directory's file system: the {@code spark.hadoop.*} entries, prefix removed. */
    public Map<String, String> hadoop() {
        return hadoop(conf);
    }

    /** The {@code spark.hadoop.*} entries of Spark settings, prefix removed. */
    public static Map<String, String> hadoop(Map<String, String> conf) {
        Map<String, String> hadoop = new LinkedHashMap<>();
        conf.forEach((key, value) -> {
            if (key.startsWith("spark.hadoop.")) {
                hadoop.put(key.substring("spark.hadoop.".length()), value);
            }
        });
        return hadoop;
    }

    public int executorWaitSeconds() {
        return Integer.parseInt(conf.getOrDefault(EXECUTOR_WAIT, "120"));
    }
}
