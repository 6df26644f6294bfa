package io.falbench.experiment;

import ai.djl.engine.Engine;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.protocol.Protocol;
import io.falbench.runtime.Cpu;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The machine, code and library versions a run records in every cell's provenance (read once per run).
 *
 * @param ranOn where the cells run: the local engine's host, or a Spark executor and its host
 */
public record RunEnvironment(String gitCommit, String falbenchVersion, String djlVersion, String pytorchVersion,
                             String kernelsBackend, String ranOn) {

    public static RunEnvironment detect(String kernelsBackend) {
        return detect(kernelsBackend, "local engine on " + localHost());
    }

    public static RunEnvironment detect(String kernelsBackend, String ranOn) {
        String home = System.getProperty("falbench.home", ".");
        String version = RunEnvironment.class.getPackage().getImplementationVersion();
        return new RunEnvironment(gitCommit(Path.of(home)), version == null ? "development" : version,
                Engine.getDjlVersion(), Engine.getEngine("PyTorch").getVersion(), kernelsBackend, ranOn);
    }

    /** This machine's host name (else "unknown host") and this process's id. */
    public static String localHost() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return host + " (process " + ProcessHandle.current().pid() + ")";
    }

    Provenance provenance(Protocol protocol, long rootSeed, PreparedData data, String startedAt, double wallSeconds,
                          Map<String, Double> phaseSeconds, int resumedFromRound) {
        return new Provenance(protocol.resolved(), protocol.source(), rootSeed, data.sha256(), gitCommit,
                falbenchVersion, System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                nativeThreads(), kernelsBackend, KernelsRegistry.simdPath(), djlVersion, pytorchVersion, startedAt,
                wallSeconds, phaseSeconds, resumedFromRound, ranOn, Cpu.here().describe());
    }

    /** This process's native thread settings as a cell's provenance records them, e.g. "pytorch=2 omp=2". */
    public static String nativeThreads() {
        return "pytorch=" + System.getProperty("ai.djl.pytorch.num_threads", "default")
                + " omp=" + System.getenv().getOrDefault("OMP_NUM_THREADS", "default");
    }

    private static String gitCommit(Path home) {
        try {
            Process git = new ProcessBuilder("git", "-C", home.toString(), "rev-parse", "HEAD")
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return "unknown";
            }
            Process status = new ProcessBuilder("git", "-C", home.toString(), "status", "--porcelain",
                    "--untracked-files=no").redirectErrorStream(true).start();
            String dirty = new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            status.waitFor(10, TimeUnit.SECONDS);
            return dirty.isEmpty() ? out : out + "-dirty";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
