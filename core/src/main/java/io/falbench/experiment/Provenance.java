package io.falbench.experiment;

import java.util.Map;

/** Where a result came from (Tribuo-style provenance): configuration, seeds, data, code, machine and time. */
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
        String djlVersion,
        String pytorchVersion,
        String startedAt,
        double wallSeconds,
        Map<String, Double> phaseSeconds) {
}
