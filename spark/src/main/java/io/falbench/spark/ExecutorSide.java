package io.falbench.spark;

import io.falbench.experiment.RunEnvironment;
import io.falbench.runtime.NativeHeap;
import io.falbench.runtime.NativeThreads;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;

/** What a task does first in an executor's process, and how it names where it ran. */
final class ExecutorSide {

    private static boolean configured;

    private ExecutorSide() {
    }

    /** Native threads from the executor's FALBENCH_THREADS (set from the cell threads) before DJL loads; once. */
    static synchronized void configure() {
        if (!configured) {
            NativeThreads.configureFromEnvironment();
            NativeHeap.configure();
            configured = true;
        }
    }

    /** "spark executor 3 on host (process 123), app app-2026..., attempt 0". */
    static String ranOn(String appId) {
        SparkEnv env = SparkEnv.get();
        TaskContext task = TaskContext.get();
        return "spark executor " + (env == null ? "?" : env.executorId()) + " on " + RunEnvironment.localHost()
                + ", app " + appId + (task == null ? "" : ", attempt " + task.attemptNumber());
    }
}
