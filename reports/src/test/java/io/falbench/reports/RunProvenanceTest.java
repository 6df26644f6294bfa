package io.falbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.experiment.CellResult;
import io.falbench.experiment.Provenance;
import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's "How this run was made" from hand-made provenance: the command, the deviations, what ran where. */
class RunProvenanceTest {

    private static CellResult cell(String protocol, int seed, Map<String, String> config, String commit,
                                   String startedAt) {
        return cell(protocol, "falbench:/protocols/" + protocol + ".conf", seed, config, commit, startedAt);
    }

    private static CellResult cell(String protocol, String source, int seed, Map<String, String> config,
                                   String commit, String startedAt) {
        return new CellResult(new Cell(protocol, "cifar10", "dir-balance:0.1", "random", "f-al", seed), "f",
                List.of(), new Provenance(config, source, 1, Map.of(), commit,
                "development", "17.0.15", "Linux", "amd64", 2, "pytorch=2 omp=2", "java", "vector-api", "0.35.1",
                "2.7.1", startedAt, 60, Map.of(), 0, "local", "AMD EPYC"), null);
    }

    private static Map<String, String> recorded(String protocol, Map<String, String> sets) throws Exception {
        return Protocol.load(protocol).with(sets).resolved();
    }

    @Test
    void aCpuVariantGetsItsCommandAndEveryKeyOnWhichItDiffersFromThePublishedProtocol() throws Exception {
        Map<String, String> config = recorded("fairfal-cifar10-lt-cpu",
                Map.of("client_workers", "2", "quirks", "reference", "seeds", "1"));
        String md = RunProvenance.markdown(Path.of("runs/reference"), "fairfal-cifar10-lt-cpu", List.of(
                cell("fairfal-cifar10-lt-cpu", 0, config, "a".repeat(40), "2026-12-07T04:24:38Z"),
                cell("fairfal-cifar10-lt-cpu", 0, config, "a".repeat(40), "2026-12-07T18:13:56Z")));
        // the claims file plans 3 seeds for the run: the command asks for them
        assertThat(md).contains("scripts/falbench run fairfal-cifar10-lt-cpu --out runs/reference --seeds 3"
                + " --set client_workers=2 --set quirks=reference\n")
                .contains("| `fl.rounds` | 100 | 300 | protocol file | yes |")
                .contains("| `fl.local_epochs` | 5 | 1 | protocol file | yes |")
                .contains("| `al.rounds` | 8 | 4 | protocol file | yes |")
                .contains("| `quirks` | none | reference | `--set` | yes |")
                .contains("| `client_workers` | 1 | 2 | `--set` | no |")
                .contains("| `fl.trace_every` | 0 | 20 | protocol file | no |")
                .contains("| `seeds` | 5 | 3 (planned in the claims file; 1 begun so far) | `--seeds` | no |")
                .doesNotContain("`description`").doesNotContain("| `dataset`").doesNotContain("| `train.lr` |")
                .contains("The cells ran at commit aaaaaaa (2), on AMD EPYC (2); Java 17.0.15, DJL 0.35.1 with"
                        + " PyTorch 2.7.1, native threads pytorch=2 omp=2 (2).")
                .contains("The first cell started at 2026-12-07T04:24:38Z, the last to start at 2026-12-07T18:13:56Z.");
    }

    @Test
    void aProtocolWithoutAPublishedBaseGetsItsCommandAndTheKeysItsCellsDisagreeOn() throws Exception {
        String md = RunProvenance.markdown(Path.of("runs/q"), "quickstart", List.of(
                cell("quickstart", 0, recorded("quickstart", Map.of("seeds", "1")), "b".repeat(40) + "-dirty", null),
                cell("quickstart", 1, recorded("quickstart", Map.of("seeds", "2", "fl.trace_every", "2")),
                        "b".repeat(40), "2026-12-01T00:00:00Z")));
        assertThat(md).contains("scripts/falbench run quickstart --out runs/q --seeds 2\n")
                .contains("Keys that differ between the run's cells (recorded by different invocations):"
                        + " `fl.trace_every` (0; 2).")
                .doesNotContain("published protocol")
                .contains("commit bbbbbbb-dirty (1)").contains("commit bbbbbbb (1)");
    }

    @Test
    void aProtocolFileIsNamedByItsPathAndLoadedFromIt(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("mine.conf");
        Files.writeString(conf, "dataset = mnist-mini\nclients = 3\nstrategies = random\nmodes = f-al\nseeds = 1\n"
                + "al.rounds = 1\nfl.rounds = 2\n");
        Map<String, String> config = Protocol.load(conf.toString()).with(Map.of("fl.rounds", "3")).resolved();
        String md = RunProvenance.markdown(Path.of("r"), "mine", List.of(
                cell("mine", conf.toString(), 0, config, "d".repeat(40), null)));
        assertThat(md).contains("scripts/falbench run " + conf + " --out r --seeds 1 --set fl.rounds=3\n");
        Files.delete(conf);
        assertThat(RunProvenance.markdown(Path.of("r"), "mine", List.of(
                cell("mine", conf.toString(), 0, config, "d".repeat(40), null))))
                .contains("The protocol file `" + conf + "` is not here");
    }

    @Test
    void anUnknownProtocolIsSaidAndACellWithoutProvenanceGivesNoSection() {
        String md = RunProvenance.markdown(Path.of("r"), "no-such-protocol", List.of(
                cell("no-such-protocol", 0, Map.of("seeds", "1", "fl.rounds", "5"), "c".repeat(40), null)));
        assertThat(md).contains("scripts/falbench run no-such-protocol --out r --seeds 1\n")
                .contains("This falbench has no protocol `no-such-protocol`");
        assertThat(RunProvenance.markdown(Path.of("r"), "p", List.of(new CellResult(
                new Cell("p", "d", "x", "a", "m", 0), "f", List.of(), null, null)))).isEmpty();
    }
}
