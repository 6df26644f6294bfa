package io.falbench.fl;

import ai.djl.pytorch.jni.JniUtils;
import io.falbench.model.Network;
import io.falbench.model.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Trains the clients of one exchange at once: clients are independent within a FedAvg round (McMahan et al. 2017), so
 * {@code workers} threads each take a client's job on a network replica of their own, PyTorch's intra-op threads
 * split between them. A job must start from weights it sets and draw only from its own stream; the results come
 * back in job order, so a run's numbers do not depend on which worker ran which client. One worker runs the jobs on
 * the caller's thread and network, as before.
 */
public final class ClientWorkers implements AutoCloseable {

    private static final ClientWorkers SEQUENTIAL = new ClientWorkers(1, 0, null);

    private final int workers;
    private final int threadsPerWorker;
    private final NetworkSpec spec;
    private final List<Network> replicas = new ArrayList<>();
    private BlockingQueue<Network> free;
    private ExecutorService pool;

    private ClientWorkers(int workers, int threadsPerWorker, NetworkSpec spec) {
        this.workers = workers;
        this.threadsPerWorker = threadsPerWorker;
        this.spec = spec;
    }

    /** Every job on the caller's thread and network. */
    public static ClientWorkers sequential() {
        return SEQUENTIAL;
    }

    /**
     * {@code workers} concurrent jobs on replicas of {@code spec}, sharing {@code threads} native threads
     * (each worker's PyTorch operations use {@code max(1, threads / workers)}).
     */
    public static ClientWorkers of(int workers, int threads, NetworkSpec spec) {
        if (workers < 1) {
            throw new IllegalArgumentException("client workers must be >= 1, got " + workers);
        }
        return workers == 1 ? SEQUENTIAL : new ClientWorkers(workers, Math.max(1, threads / workers), spec);
    }

    /** How many jobs run at once (1: on the caller's thread and network). */
    public int size() {
        return workers;
    }

    /**
     * Runs {@code jobs}, each given a network to work on, and returns their results in job order. With several
     * workers every job runs on a worker (a lone job too), so its threads are always {@code threads / workers}; when
     * a job fails, the others finish before its failure is thrown (no replica is closed under a running job).
     */
    public <T> List<T> map(Network caller, List<Function<Network, T>> jobs) {
        List<T> results = new ArrayList<>(jobs.size());
        if (workers == 1) {
            for (Function<Network, T> job : jobs) {
                results.add(job.apply(caller));
            }
            return results;
        }
        start();
        List<Future<T>> futures = new ArrayList<>(jobs.size());
        for (Function<Network, T> job : jobs) {
            futures.add(pool.submit(() -> {
                Network network = free.take();
                try {
                    return job.apply(network);
                } finally {
                    free.add(network);
                }
            }));
        }
        RuntimeException failure = null;
        for (Future<T> future : futures) {
            try {
                results.add(join(future));
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    private void start() {
        if (pool != null) {
            return;
        }
        free = new ArrayBlockingQueue<>(workers);
        for (int i = 0; i < workers; i++) {
            Network replica = Network.create(spec, 0);
            replicas.add(replica);
            free.add(replica);
        }
        ThreadFactory factory = job -> {
            Thread thread = new Thread(() -> {
                // libtorch sets a new thread's threads from the process-wide count at its first parallel operation;
                // reading the count does that first, so this thread's own count is the one that stays
                JniUtils.getNumThreads();
                JniUtils.setNumThreads(threadsPerWorker);
                Network.prepareThread();
                job.run();
            }, "falbench-client-worker");
            thread.setDaemon(true);
            return thread;
        };
        pool = Executors.newFixedThreadPool(workers, factory);
        readyEveryWorker();
    }

    /**
     * Starts every worker thread and waits until all are set up before any job runs: setting a thread's native
     * thread count touches libtorch's process-wide state, which must not change under a running job.
     */
    private void readyEveryWorker() {
        CountDownLatch ready = new CountDownLatch(workers);
        List<Future<?>> started = new ArrayList<>(workers);
        for (int i = 0; i < workers; i++) {
            started.add(pool.submit(() -> {
                ready.countDown();
                ready.await();
                return null;
            }));
        }
        for (Future<?> future : started) {
            join(future);
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while clients trained", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a client's training failed: " + cause, cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
        replicas.forEach(Network::close);
        replicas.clear();
    }
}
