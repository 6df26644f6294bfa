package io.falbench.spark;

import io.falbench.experiment.CellResult;
import io.falbench.experiment.CellRunner;
import io.falbench.experiment.PreparedData;
import io.falbench.experiment.ProgressListener;
import io.falbench.experiment.ResultStore;
import io.falbench.experiment.RoundResult;
import io.falbench.experiment.RunEnvironment;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.Function;

/**
 * One cell as a Spark task: the protocol travels as its resolved text (checked against the driver's fingerprint),
 * the cell resumes from its checkpoint when an earlier attempt left one, and its result goes to the run directory
 * through the same atomic files as the local engine's. A retried task whose cell already finished does nothing.
 */
final class CellTask implements Function<Integer, CellOutcome>, Serializable {

    private static final long serialVersionUID = 1L;

    private final ProtocolPayload protocol;
    private final ArrayList<String> cellIds;
    private final String runDir;
    private final HashMap<String, String> hadoop;
    private final String dataDir;
    private final String appId;

    CellTask(ProtocolPayload protocol, List<Cell> pending, String runDir, Map<String, String> hadoop, String dataDir,
             String appId) {
        this.protocol = protocol;
        this.cellIds = new ArrayList<>(pending.stream().map(Cell::id).toList());
        this.runDir = runDir;
        this.hadoop = new HashMap<>(hadoop);
        this.dataDir = dataDir;
        this.appId = appId;
    }

    @Override
    public CellOutcome call(Integer index) throws Exception {
        long started = System.nanoTime();
        ExecutorSide.configure();
        Protocol resolved = protocol.protocol();
        Cell cell = ProtocolPayload.cell(resolved, cellIds.get(index));
        String ranOn = ExecutorSide.ranOn(appId);
        ResultStore store = new ResultStore(RunLocation.open(runDir, hadoop));
        if (store.find(cell).isPresent()) {
            return new CellOutcome(cell.id(), ranOn, 0, true);
        }
        PreparedData data = PreparedData.prepare(resolved, Path.of(dataDir), line -> System.err.println(line));
        String backend = resolved.run().kernels();
        CellRunner runner = new CellRunner(resolved, data, RunEnvironment.detect(backend, ranOn),
                KernelsRegistry.create(backend));
        CellResult result = runner.run(cell, new ProgressListener() {
            @Override
            public void roundFinished(Cell c, RoundResult round, int totalRounds) {
                System.err.printf("falbench: %s round %d/%d labelled %d accuracy %.4f%n", c.id(), round.round() + 1,
                        totalRounds, round.labels().labelled(), round.accuracy());
            }
        }, store);
        store.write(result);
        return new CellOutcome(cell.id(), ranOn, (System.nanoTime() - started) / 1e9, false);
    }
}
