package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtocolTest {

    @Test
    void aShippedProtocolLoadsWithDefaultsUnderItsOwnValues() throws IOException {
        Protocol quickstart = Protocol.load("quickstart");
        assertThat(quickstart.string("dataset")).isEqualTo("mnist-mini");
        assertThat(quickstart.list("strategies")).containsExactly("random", "margin");
        assertThat(quickstart.integer("train.batch_size")).isEqualTo(64);
        assertThat(quickstart.cells()).hasSize(4);
    }

    @Test
    void overridesReplaceValuesAndChangeTheFingerprintExceptForTheSeedCount() throws IOException {
        Protocol base = Protocol.load("quickstart");
        Protocol more = base.with(Map.of("seeds", "5"));
        assertThat(more.cells()).hasSize(10);
        assertThat(more.fingerprint()).isEqualTo(base.fingerprint());
        assertThat(base.with(Map.of("al.rounds", "2")).fingerprint()).isNotEqualTo(base.fingerprint());
    }

    @Test
    void aPercentageBudgetIsTakenOfTheTrainingSetRoundedToHundredsAsFairFalDoes() {
        Protocol p = Protocol.parse("t", "test", "al.query = 5%");
        assertThat(p.count("al.query", 17_023)).isEqualTo(850);
        assertThat(Protocol.parse("t", "test", "al.query = 120").count("al.query", 17_023)).isEqualTo(120);
    }

    @Test
    void everyShippedProtocolValidatesAndNamesOnlyKnownParts() throws IOException {
        for (String name : ProtocolKeys.shippedProtocols()) {
            Protocol protocol = Protocol.load(name).validate();
            assertThat(protocol.string("description")).as(name).isNotBlank();
        }
        assertThat(Protocol.load("fairfal-cifar10-lt").count("al.query", 17_023)).isEqualTo(850);
        assertThat(Protocol.load("blog-mnist").cells()).hasSize(2 * 7 * 4 * 5);
    }

    @Test
    void validationCatchesATypoBeforeAnyWork() {
        assertThatThrownBy(() -> Protocol.parse("t", "test", "strategies = margni").validate())
                .hasMessageContaining("unknown strategy 'margni'");
        assertThatThrownBy(() -> Protocol.parse("t", "test", "modes = fal-globl").validate())
                .hasMessageContaining("unknown mode 'fal-globl'");
        assertThatThrownBy(() -> Protocol.parse("t", "test", "kernels = cuda").validate())
                .hasMessageContaining("'kernels = cuda' is not one of java");
    }

    @Test
    void unknownKeysAndBadValuesAreErrorsThatSayWhere() {
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "al.round = 3"))
                .hasMessageStartingWith("my.conf:1: unknown protocol key 'al.round'");
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "\nclients five"))
                .hasMessageContaining("my.conf:2: expected 'key = value'");
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "clients = five").integer("clients"))
                .hasMessageContaining("'clients = five' is not an integer");
        assertThatThrownBy(() -> Protocol.load("no-such-protocol")).hasMessageContaining("no protocol 'no-such-protocol'");
    }
}
