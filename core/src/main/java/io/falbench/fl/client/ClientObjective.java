package io.falbench.fl.client;

import io.falbench.model.LocalObjective;

/**
 * The objective a client's local training minimises in one FedAvg communication round, chosen by the mode: plain
 * cross-entropy unless the mode brings its own (KAFAL's KCFU). Built on the client's side from its own data.
 */
@FunctionalInterface
public interface ClientObjective {

    ClientObjective CROSS_ENTROPY = (client, round) -> LocalObjective.CROSS_ENTROPY;

    /** The objective of {@code client}'s local training in communication round {@code round} (0-based). */
    LocalObjective of(Client client, int round);
}
