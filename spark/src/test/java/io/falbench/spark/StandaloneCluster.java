package io.falbench.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Spark standalone master and workers on loopback, started as separate processes from this JVM's class path (a
 * Spark home holding an empty jars folder: the executors get the class path from the driver's
 * spark.executor.extraClassPath, as on a cluster where falbench is installed at the same path everywhere).
 */
final class StandaloneCluster implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();

    StandaloneCluster(Path dir, int workerCount, int coresPerWorker) throws IOException, InterruptedException {
        this.dir = dir;
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Files.createDirectories(home.resolve("jars"));
        Files.writeString(home.resolve("RELEASE"), "falbench test Spark home\n");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        master = start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--webui-port", "0");
        awaitPort(port);
        for (int w = 0; w < workerCount; w++) {
            Path work = Files.createDirectories(dir.resolve("work-" + w));
            workers.add(start("worker-" + w, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", Integer.toString(coresPerWorker), "--memory", "3g", "--webui-port", "0", "--work-dir",
                    work.toString(), url()));
        }
    }

    String url() {
        return "spark://127.0.0.1:" + port;
    }

    Process worker(int index) {
        return workers.get(index);
    }

    /** Process ids of a worker and everything it started (its executors). */
    Set<Long> processTree(int index) {
        Process worker = workers.get(index);
        Set<Long> pids = worker.descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
        pids.add(worker.pid());
        return pids;
    }

    /** The worker whose process tree holds the executor {@code executorId} of {@code appId}, or -1 if none does. */
    int workerOfExecutor(String appId, String executorId) {
        for (int w = 0; w < workers.size(); w++) {
            boolean runs = workers.get(w).descendants().anyMatch(p -> {
                List<String> args = commandLine(p.pid());
                int at = args.indexOf("--executor-id");
                int app = args.indexOf("--app-id");
                return at >= 0 && at + 1 < args.size() && args.get(at + 1).equals(executorId)
                        && app >= 0 && app + 1 < args.size() && args.get(app + 1).equals(appId);
            });
            if (runs) {
                return w;
            }
        }
        return -1;
    }

    /** A process's whole command line, from Linux's /proc (ProcessHandle.Info may cut a long class path short). */
    private static List<String> commandLine(long pid) {
        try {
            return List.of(new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return List.of(); // the process has exited
        }
    }

    /**
     * Freezes a worker and its executors (SIGSTOP): nothing they run moves until {@link #thaw} or a kill. A signal is
     * delivered after kill(2) returns, so this waits until Linux shows every thread of every process stopped.
     */
    void freeze(int index) throws IOException, InterruptedException {
        signal("-STOP", index);
        for (long pid : processTree(index)) {
            while (!stopped(pid)) {
                Thread.sleep(5);
            }
        }
    }

    /** Whether every thread of a process is stopped (state T in /proc), or the process is gone. */
    private static boolean stopped(long pid) throws IOException {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        List<Path> threads;
        try (var listing = Files.list(tasks)) {
            threads = listing.toList();
        } catch (IOException e) {
            return true; // exited
        }
        for (Path thread : threads) {
            String stat;
            try {
                stat = Files.readString(thread.resolve("stat"));
            } catch (IOException e) {
                continue; // that thread exited
            }
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            if (state != 'T' && state != 't' && state != 'Z' && state != 'X') {
                return false;
            }
        }
        return true;
    }

    /** Lets a frozen worker and its executors go on (SIGCONT). */
    void thaw(int index) throws IOException, InterruptedException {
        signal("-CONT", index);
    }

    private void signal(String signal, int index) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        processTree(index).forEach(pid -> command.add(Long.toString(pid)));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + exit);
        }
    }

    /** Kills a worker and its executors at once, as a machine that dies. */
    void kill(int index) throws InterruptedException {
        Process worker = workers.get(index);
        List<ProcessHandle> tree = new ArrayList<>(worker.descendants().toList());
        worker.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        worker.waitFor();
        for (ProcessHandle child : tree) {
            child.onExit().join();
        }
    }

    private Process start(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("--add-opens") || option.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
                    || option.startsWith("-Dio.netty") || option.startsWith("-Djdk.reflect")) {
                command.add(option);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", dir.resolve("spark-home").toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder.start();
    }

    /** Waits until the master listens; fails at once if it exited (a hang guard of 10 minutes, not a speed check). */
    private void awaitPort(int port) throws IOException, InterruptedException {
        long hangGuard = System.nanoTime() + 600_000_000_000L;
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                if (!master.isAlive()) {
                    throw new IOException("the Spark master exited with " + master.exitValue() + " before opening port "
                            + port + "; see " + dir.resolve("master.log"), e);
                }
                if (System.nanoTime() > hangGuard) {
                    throw new IOException("the Spark master did not open port " + port + " in 10 minutes", e);
                }
                Thread.sleep(200);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (int w = 0; w < workers.size(); w++) {
            if (workers.get(w).isAlive()) {
                kill(w);
            }
        }
        master.destroyForcibly().waitFor();
    }
}
