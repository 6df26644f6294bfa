package io.falbench.spark;

import io.falbench.experiment.Sweep;
import io.falbench.protocol.Cell;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/**
 * Hears the cells' task starts and lost executors on Spark's listener thread and queues them; the driver's loop
 * tells the sweep (whose console and log are not thread-safe) on its own thread.
 */
final class TaskEvents extends SparkListener {

    private record Started(int index, String executor, String host, int attempt) {
    }

    private final String group;
    private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();

    TaskEvents(String group) {
        this.group = group;
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        if (jobStart.properties() != null && group.equals(jobStart.properties().getProperty("spark.jobGroup.id"))) {
            scala.jdk.javaapi.CollectionConverters.asJava(jobStart.stageIds()).forEach(id -> stages.add((Integer) id));
        }
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart taskStart) {
        if (stages.contains(taskStart.stageId())) {
            queue.add(new Started(taskStart.taskInfo().index(), taskStart.taskInfo().executorId(),
                    taskStart.taskInfo().host(), taskStart.taskInfo().attemptNumber()));
        }
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
        queue.add("spark: executor " + removed.executorId() + " lost (" + removed.reason() + "); its running cell"
                + " resumes elsewhere from its last checkpoint");
    }

    /** Tells the sweep what happened since the last call. */
    void drain(List<Cell> pending, Sweep sweep) {
        for (Object event = queue.poll(); event != null; event = queue.poll()) {
            if (event instanceof Started s) {
                Cell cell = pending.get(s.index());
                sweep.log("spark: cell " + cell.id() + " started on executor " + s.executor() + " (" + s.host() + ")"
                        + (s.attempt() > 0 ? ", attempt " + (s.attempt() + 1) : ""));
                sweep.started(cell);
            } else {
                sweep.log(event.toString());
            }
        }
    }
}
