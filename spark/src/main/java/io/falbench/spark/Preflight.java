package io.falbench.spark;

import ai.djl.engine.Engine;
import io.falbench.experiment.Feasibility;
import io.falbench.experiment.PreparedData;
import io.falbench.experiment.RunFiles;
import io.falbench.protocol.Protocol;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.api.java.function.Function;

/**
 * The checks a sweep runs on its executors before any cell: DJL's PyTorch engine loads, the data set is there and
 * verified and the protocol fits it, and the run directory is writable. Each task returns its findings as text (an
 * exception would reach the driver buried in a stack trace): "ok PROBE" or "error WHAT".
 */
final class Preflight implements Function<Integer, String>, Serializable {

    private static final long serialVersionUID = 1L;
    static final String PROBES = "probes";

    private final ProtocolPayload protocol;
    private final String runDir;
    private final HashMap<String, String> hadoop;
    private final String dataDir;
    private final String appId;

    Preflight(ProtocolPayload protocol, String runDir, Map<String, String> hadoop, String dataDir, String appId) {
        this.protocol = protocol;
        this.runDir = runDir;
        this.hadoop = new HashMap<>(hadoop);
        this.dataDir = dataDir;
        this.appId = appId;
    }

    @Override
    public String call(Integer slot) {
        String where = ExecutorSide.ranOn(appId);
        try {
            ExecutorSide.configure();
        } catch (RuntimeException e) {
            return "error " + where + ": " + e.getMessage();
        }
        try {
            Engine.getEngine("PyTorch");
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return "error " + where + ": DJL's PyTorch engine does not load (" + e.getMessage() + "); put"
                    + " pytorch-native-cpu and pytorch-jni on the executors' class path (docs/spark.md)";
        }
        try {
            Protocol resolved = protocol.protocol();
            PreparedData data = PreparedData.prepare(resolved, Path.of(dataDir), line -> { });
            Feasibility.check(resolved, data);
        } catch (Exception e) {
            return "error " + where + ": " + e.getMessage() + " (data directory " + dataDir + " on that executor;"
                    + " fetch the data set there with falbench datasets fetch, or set --conf "
                    + SparkSettings.DATA_DIR + "=DIR)";
        }
        String probe = PROBES + "/" + UUID.randomUUID() + ".txt";
        try {
            RunFiles files = RunLocation.open(runDir, hadoop);
            files.write(probe, out -> out.write(where.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            return "error " + where + ": cannot write the run directory " + runDir + " (" + e.getMessage() + ")";
        }
        return "ok " + probe + " " + where;
    }
}
