package io.falbench.experiment;

import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.protocol.Cell;
import io.falbench.runtime.NativeHeap;
import java.io.IOException;

/** The embedded engine: every pending cell in this process, one after another (clients within a cell in parallel). */
public final class LocalEngine implements CellEngine {

    @Override
    public String describe() {
        return "local";
    }

    @Override
    public void run(Sweep sweep) throws IOException {
        sweep.note("native heap: " + NativeHeap.configure());
        PreparedData data = PreparedData.prepare(sweep.protocol(), sweep.dataDir(), sweep::log);
        Feasibility.check(sweep.protocol(), data);
        String backend = sweep.protocol().run().kernels();
        CellRunner runner = new CellRunner(sweep.protocol(), data, RunEnvironment.detect(backend),
                KernelsRegistry.create(backend));
        for (Cell cell : sweep.pending()) {
            sweep.started(cell);
            CellResult result = runner.run(cell, sweep.progress(), sweep.store());
            sweep.store().write(result);
            sweep.finished(cell, result);
        }
    }
}
