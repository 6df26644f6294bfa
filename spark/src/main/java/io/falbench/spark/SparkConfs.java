package io.falbench.spark;

import java.util.Map;
import org.apache.spark.SparkConf;

/**
 * falbench's Spark configuration: one task per cell holding {@code spark.task.cpus} = the cell's native threads, and
 * executors whose native pools are that size (so a worker's cores are split between cells, never oversubscribed),
 * no speculative copies of a cell, and the user's {@code --conf} entries over every default.
 */
final class SparkConfs {

    private SparkConfs() {
    }

    static SparkConf of(SparkSettings settings, String appName) {
        String threads = Integer.toString(settings.cellThreads());
        SparkConf conf = new SparkConf().setAppName(appName).setMaster(settings.master());
        conf.set("spark.task.cpus", threads);
        conf.set("spark.speculation", "false");
        conf.set("spark.executor.memory", "4g");
        for (String variable : new String[] {"FALBENCH_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
            "MKL_NUM_THREADS"}) {
            conf.setExecutorEnv(variable, threads);
        }
        conf.setExecutorEnv("TORCH_CPP_LOG_LEVEL", "ERROR");
        String home = System.getProperty("falbench.home");
        conf.set("spark.executor.extraJavaOptions", "--add-modules jdk.incubator.vector -Dai.djl.offline=true"
                + " -Dai.djl.pytorch.num_threads=" + threads + " -Dai.djl.pytorch.num_interop_threads=1"
                + " -Dorg.bytedeco.openblas.nthreads=" + threads + (home == null ? "" : " -Dfalbench.home=" + home));
        if (settings.master().startsWith("spark://")) {
            // a standalone cluster started from the same installation (same paths on every machine): this class path
            conf.set("spark.executor.extraClassPath", System.getProperty("java.class.path"));
        }
        for (Map.Entry<String, String> entry : settings.conf().entrySet()) {
            if (entry.getKey().equals("spark.executor.extraJavaOptions")) {
                conf.set(entry.getKey(), conf.get(entry.getKey()) + " " + entry.getValue());
            } else {
                conf.set(entry.getKey(), entry.getValue());
            }
        }
        return conf;
    }
}
