package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.falbench.protocol.Protocol;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static Provenance of(Map<String, String> config) {
        return new Provenance(config, "t.conf", 1, Map.of(), "commit", "0", "17", "Linux", "amd64", 2, "2",
                "java", "scalar", "0.30.0", "2.4.0", "2026-01-01T00:00:00Z", 1.0, Map.of(), 0, "local", "Test CPU (avx2)");
    }

    @Test
    void theCorruptedClientsAreReadTypedFromTheRecordedConfiguration() {
        Map<String, String> config = Protocol.parse("t", "t.conf", "clients = 10\ncorrupt.clients = 3\n").resolved();
        assertThat(of(config).corruptedClients()).isEqualTo(3);
        assertThat(of(Map.of()).corruptedClients()).as("written before the key existed").isZero();
    }

    @Test
    void theTypedAccessorAddsNothingToTheCellFile() throws Exception {
        String json = new ObjectMapper().writeValueAsString(of(Map.of("corrupt.clients", "3")));
        assertThat(json).contains("\"corrupt.clients\":\"3\"").doesNotContain("corruptedClients");
    }
}
