package io.falbench.experiment;

import io.falbench.mode.Quotas;
import io.falbench.protocol.Protocol;
import io.falbench.settings.SettingsException;

/**
 * The checks a protocol can only pass on this machine and once its data is known: a precision the CPU runs, enough
 * training samples for the clients, and for the labels the schedule will ask for. Run before any cell, so an impossible protocol fails in a second, not hours in.
 */
public final class Feasibility {

    private Feasibility() {
    }

    public static void check(Protocol protocol, PreparedData data) {
        try {
            protocol.training().precision().requireSupported();
        } catch (IllegalStateException e) {
            throw new SettingsException(protocol.source() + ": " + e.getMessage());
        }
        int samples = data.trainSize();
        String set = "the training set of " + protocol.data().dataset()
                + (protocol.data().longTailRho() > 1 ? " (long-tailed, rho " + protocol.data().longTailRho() + ")" : "");
        int clients = protocol.federation().clients();
        if (clients > samples) {
            throw new SettingsException(protocol.source() + ": 'clients = " + clients + "' but " + set + " holds only "
                    + samples + " samples; use at most " + samples + " clients");
        }
        long initial = protocol.activeLearning().initial().of(samples);
        long query = protocol.activeLearning().query().of(samples);
        int rounds = protocol.activeLearning().rounds();
        // client-size shares are rounded up: each split may spend up to one more label per client
        long roundUp = (Quotas.CLIENT_SIZE.equals(protocol.activeLearning().initialQuota()) ? clients : 0)
                + (Quotas.CLIENT_SIZE.equals(protocol.activeLearning().quota()) ? (long) rounds * clients : 0);
        long total = initial + rounds * query + roundUp;
        if (total > samples) {
            throw new SettingsException(protocol.source() + ": al.initial (" + initial + ") + al.rounds (" + rounds
                    + ") x al.query (" + query + ")" + (roundUp > 0 ? " + up to " + roundUp + " rounded up by"
                    + " client-size quotas" : "") + " = " + total + " labels, but " + set + " holds " + samples
                    + " samples; lower al.rounds, al.query or al.initial");
        }
    }
}
