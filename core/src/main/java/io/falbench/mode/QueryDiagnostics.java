package io.falbench.mode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a mode reports about its own decisions in a round: per-client values (e.g. FairFAL's query model and
 * divergence d_k) and round-level scalars (e.g. FairFAL's gamma_bar); they land in the round's results.
 */
public final class QueryDiagnostics {

    private final Map<String, double[]> perClient = new LinkedHashMap<>();
    private final Map<String, Double> scalars = new LinkedHashMap<>();
    private final int numClients;

    public QueryDiagnostics(int numClients) {
        this.numClients = numClients;
    }

    public void client(String name, int client, double value) {
        perClient.computeIfAbsent(name, n -> new double[numClients])[client] = value;
    }

    public void scalar(String name, double value) {
        scalars.put(name, value);
    }

    public Map<String, double[]> perClient() {
        return perClient;
    }

    public Map<String, Double> scalars() {
        return scalars;
    }
}
