package io.falbench.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.fl.FedProx;
import io.falbench.fl.FederatedOptimizers;
import io.falbench.fl.Scaffold;
import io.falbench.quirks.Quirks;
import org.junit.jupiter.api.Test;

/**
 * fl.algorithm and the federated optimisers' options: read into the federated training's settings, bad values refused
 * where they were written before any work, and a fingerprint that only what runs changes (FedAvg: as before the key).
 */
class FederatedOptimizerKeysTest {

    private static Protocol parse(String text) {
        return Protocol.parse("t", "t.conf", text);
    }

    @Test
    void theAlgorithmAndItsOptionsReachTheFederatedTraining() {
        assertThat(parse("").federation().algorithm()).isEqualTo("fedavg");
        assertThat(parse("").federation().optimizer()).isSameAs(FederatedOptimizers.FEDAVG);
        Protocol fedProx = parse("fl.algorithm = FedProx\nfedprox.mu = 0.25");
        assertThat(fedProx.federation().algorithm()).isEqualTo("fedprox");
        assertThat(fedProx.resolved()).containsEntry("fl.algorithm", "fedprox");
        assertThat(fedProx.fingerprint()).isEqualTo(parse("fl.algorithm = fedprox\nfedprox.mu = 0.25").fingerprint());
        assertThat(fedProx.federation().schedule(fedProx.training()).optimizer()).isEqualTo(new FedProx(0.25));
        assertThat(parse("fl.algorithm = fedprox").federation().optimizer()).isEqualTo(new FedProx(0.01));
        assertThat(parse("fl.algorithm = scaffold\nscaffold.server_lr = 0.5").federation().optimizer())
                .isEqualTo(new Scaffold(0.5));
        assertThat(parse("fl.algorithm = scaffold\nquirks = reference").federation().optimizer())
                .isEqualTo(new Scaffold(1, true, true, true));
        assertThat(parse("fl.algorithm = scaffold\nquirks = " + Quirks.SCAFFOLD_BASE_LR).federation().optimizer())
                .isEqualTo(new Scaffold(1, true, false, false));
    }

    @Test
    void aNegativeMuANonPositiveServerRateOrAnUnknownAlgorithmIsRefusedWhereItWasWritten() {
        assertThatThrownBy(() -> parse("fl.algorithm = fedprox\nfedprox.mu = -0.1"))
                .hasMessageContaining("t.conf:2: 'fedprox.mu = -0.1': out of range; expected number >= 0");
        assertThatThrownBy(() -> parse("scaffold.server_lr = 0"))
                .hasMessageContaining("t.conf:1: 'scaffold.server_lr = 0': out of range; expected number in (0, 100]");
        assertThatThrownBy(() -> parse("fl.algorithm = scafold"))
                .hasMessageContaining("t.conf:1: 'fl.algorithm = scafold': unknown federated optimiser 'scafold';"
                        + " did you mean 'scaffold'?").hasMessageContaining("known: fedavg, fedprox, scaffold");
        assertThatThrownBy(() -> Protocol.parse("t", "t.conf", "").with(java.util.Map.of("fl.algorithm", "fedprx")))
                .hasMessageContaining("--set fl.algorithm").hasMessageContaining("did you mean 'fedprox'?");
    }

    @Test
    void underFedAvgTheFingerprintIsThatOfTheConfigurationWithoutTheKeysAndOnlyTheRunningOptimisersOptionsCount() {
        String base = "fl.rounds = 3\n";
        String fedAvg = parse(base).fingerprint();
        assertThat(parse(base + "fl.algorithm = fedavg\nfedprox.mu = 0.5\nscaffold.server_lr = 2").fingerprint())
                .isEqualTo(fedAvg);
        String fedProx = parse(base + "fl.algorithm = fedprox").fingerprint();
        assertThat(fedProx).isNotEqualTo(fedAvg);
        assertThat(parse(base + "fl.algorithm = fedprox\nscaffold.server_lr = 2").fingerprint()).isEqualTo(fedProx);
        assertThat(parse(base + "fl.algorithm = fedprox\nfedprox.mu = 0.5").fingerprint()).isNotEqualTo(fedProx);
        String scaffold = parse(base + "fl.algorithm = scaffold").fingerprint();
        assertThat(scaffold).isNotEqualTo(fedAvg).isNotEqualTo(fedProx);
        assertThat(parse(base + "fl.algorithm = scaffold\nfedprox.mu = 0.5").fingerprint()).isEqualTo(scaffold);
        assertThat(parse(base + "fl.algorithm = scaffold\nscaffold.server_lr = 2").fingerprint())
                .isNotEqualTo(scaffold);
    }
}
