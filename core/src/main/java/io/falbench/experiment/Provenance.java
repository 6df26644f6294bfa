package io.falbench.experiment;

import io.falbench.protocol.DataSection;
import io.falbench.protocol.RunSection;
import io.falbench.settings.Key;
import java.util.Map;

/**
 * Where a result came from (Tribuo-style provenance): configuration, seeds, data, code, machine and time, and every
 * setting the numbers depend on beyond the configuration: native threads, the Java kernels' SIMD path, the backend.
 *
 * @param simd             "vector-api" when the Java kernels ran on the Vector API, else "scalar"
 * @param resumedFromRound the AL round a resumed cell continued from (0 when it ran in one go)
 * @param ranOn            the engine and host that ran the cell (null in cells written before it was recorded)
 * @param cpu              the CPU model and its vector instruction sets ({@link io.falbench.runtime.Cpu#describe()}),
 *                         which choose the kernels' summation order (null in cells written before it was recorded)
 */
public record Provenance(
        Map<String, String> config,
        String protocolSource,
        long rootSeed,
        Map<String, String> datasetSha256,
        String gitCommit,
        String falbenchVersion,
        String javaVersion,
        String os,
        String arch,
        int availableProcessors,
        String nativeThreads,
        String kernelsBackend,
        String simd,
        String djlVersion,
        String pytorchVersion,
        String startedAt,
        double wallSeconds,
        Map<String, Double> phaseSeconds,
        int resumedFromRound,
        String ranOn,
        String cpu) {

    /** The protocol's {@code corrupt.clients} (its default in a configuration written before the key existed). */
    public int corruptedClients() {
        return setting(DataSection.CORRUPT_CLIENTS);
    }

    /** The run's {@code client_workers} (its default in a configuration written before the key existed). */
    public int clientWorkers() {
        return setting(RunSection.CLIENT_WORKERS);
    }

    private <T> T setting(Key<T> key) {
        return key.parse(config.getOrDefault(key.name(), key.defaultText()), "the configuration in a cell's provenance");
    }
}
