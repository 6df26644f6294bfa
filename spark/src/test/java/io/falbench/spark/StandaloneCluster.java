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

    private static void awaitPort(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("the Spark master did not open port " + port + " within 60 s", e);
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
