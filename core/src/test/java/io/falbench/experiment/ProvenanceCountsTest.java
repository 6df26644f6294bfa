package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.protocol.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counting what the cells record: commits shortened (a -dirty tail kept), CPUs, most first. */
class ProvenanceCountsTest {

    private static CellResult cell(String commit, String cpu) {
        return new CellResult(new Cell("p", "d", "x", "random", "f-al", 0), "f", List.of(), new Provenance(Map.of(),
                "p", 1, Map.of(), commit, "v", "17", "os", "arch", 2, "t", "java", "scalar", "djl", "torch", null, 1,
                Map.of(), 0, "host", cpu), null);
    }

    @Test
    void commitsAreShortenedAndCountedMostFirstWithUnknownsNamed() {
        String a = "a".repeat(40);
        String b = "b".repeat(40);
        List<CellResult> cells = new ArrayList<>(List.of(cell(a, "AMD EPYC (avx2)"), cell(b + "-dirty", null),
                cell(b + "-dirty", "AMD EPYC (avx2)"), cell(null, "AMD EPYC (avx2)"), cell("v1.0", null)));
        cells.add(new CellResult(new Cell("p", "d", "x", "random", "f-al", 1), "f", List.of(), null, null));
        assertThat(ProvenanceCounts.commits(cells)).isEqualTo(
                "commit bbbbbbb-dirty (2), commit aaaaaaa (1), commit unknown (1), commit v1.0 (1), unknown (1)");
        assertThat(ProvenanceCounts.cpus(cells)).isEqualTo(
                "AMD EPYC (avx2) (3), a CPU not recorded (2), unknown (1)");
    }
}
