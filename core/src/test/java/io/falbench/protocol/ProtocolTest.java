package io.falbench.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.files.NpyMatrixTest;
import io.falbench.mode.fairfal.FairFalQuery;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.model.Architecture;
import io.falbench.quirks.Quirks;
import io.falbench.settings.Key;
import io.falbench.strategy.EmbeddingsFile;
import io.falbench.strategy.StrategyRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocolTest {

    @Test
    void aShippedProtocolLoadsIntoTypedSettingsWithDefaultsUnderItsOwnValues() throws IOException {
        Protocol quickstart = Protocol.load("quickstart");
        assertThat(quickstart.data().dataset()).isEqualTo("mnist-mini");
        assertThat(quickstart.activeLearning().strategies()).containsExactly("random", "margin");
        assertThat(quickstart.training().batchSize()).isEqualTo(64);
        assertThat(quickstart.training().architecture()).isEqualTo(Architecture.MLP);
        assertThat(quickstart.localModels().maxEpochs()).isEqualTo(50);
        assertThat(quickstart.options().get(FairFalQuery.DELTA)).isEqualTo(0.75);
        assertThat(quickstart.cells()).hasSize(4);
    }

    @Test
    void theResolvedTextParsesBackToTheSameProtocol() throws IOException {
        for (String name : ShippedProtocols.registry().names()) {
            Protocol shipped = Protocol.load(name).with(Map.of("seeds", "2", "description", "a: b, c = d"));
            Protocol again = Protocol.parse(shipped.name(), shipped.source(), shipped.resolvedText());
            assertThat(again.resolved()).as(name).isEqualTo(shipped.resolved());
            assertThat(again.fingerprint()).as(name).isEqualTo(shipped.fingerprint());
            assertThat(again.cells()).as(name).isEqualTo(shipped.cells());
        }
    }

    @Test
    void overridesReplaceValuesAndChangeTheFingerprintExceptForTheSeedCount() throws IOException {
        Protocol base = Protocol.load("quickstart");
        Protocol more = base.with(Map.of("seeds", "5"));
        assertThat(more.cells()).hasSize(10);
        assertThat(more.fingerprint()).isEqualTo(base.fingerprint());
        assertThat(base.with(Map.of("al.rounds", "2")).fingerprint()).isNotEqualTo(base.fingerprint());
        assertThat(base.with(Map.of("fairfal.kappa", "2")).options().get(FairFalQuery.KAPPA)).isEqualTo(2.0);
    }

    @Test
    void aPercentageBudgetIsTakenOfTheTrainingSetRoundedToHundredsAsFairFalDoes() {
        assertThat(Protocol.parse("t", "test", "al.query = 5%").activeLearning().query().of(17_023)).isEqualTo(850);
        assertThat(Protocol.parse("t", "test", "al.query = 120").activeLearning().query().of(17_023)).isEqualTo(120);
    }

    @Test
    void everyShippedProtocolIsDiscoveredBuildsAndDescribesItself() throws IOException {
        assertThat(ShippedProtocols.registry().names()).contains("quickstart", "modes-smoke", "blog-mnist",
                "blog-cifar10-corrupted", "fairfal-cifar10-lt", "fairfal-fmnist-lt", "fairfal-cifar100-lt");
        for (String name : ShippedProtocols.registry().names()) {
            assertThat(Protocol.load(name).run().description()).as(name).isNotBlank();
        }
        assertThat(Protocol.load("fairfal-cifar10-lt").activeLearning().query().of(17_023)).isEqualTo(850);
        assertThat(Protocol.load("blog-mnist").cells()).hasSize(2 * 7 * 4 * 5);
    }

    /**
     * A cpu-scaled variant P-cpu keeps P's data, partitions, model, budgets and AL schedule (or stops it early, at a
     * published curve point); it only trains less: no more local epochs per AL round (FedAvg rounds x local epochs)
     * (a convergence trace, changing no result, may be on, and its batches may lie in another memory format, which
     * changes only the order of float sums). Its seed count is its own: a seed's cell is the same whatever the count
     * (the fingerprint leaves it out), and cheaper cells may buy more seeds (blog-mnist-cpu: 10, blog-mnist: 5).
     */
    @Test
    void aCpuScaledVariantOnlyTrainsLessOrStopsEarlier() throws IOException {
        Set<String> reducible = Set.of("fl.rounds", "fl.local_epochs", "al.rounds", "seeds", "description",
                "fl.trace_every", "train.memory_format");
        List<String> variants = ShippedProtocols.registry().names().stream().filter(n -> n.endsWith("-cpu")).toList();
        assertThat(variants).contains("blog-mnist-cpu", "fairfal-cifar10-lt-cpu");
        for (String variant : variants) {
            Map<String, String> cpu = Protocol.load(variant).resolved();
            Map<String, String> full = Protocol.load(variant.substring(0, variant.length() - 4)).resolved();
            assertThat(cpu.keySet()).isEqualTo(full.keySet());
            for (String key : cpu.keySet()) {
                if (!reducible.contains(key)) {
                    assertThat(cpu.get(key)).as("%s %s", variant, key).isEqualTo(full.get(key));
                }
            }
            assertThat(localEpochs(cpu)).as("%s local epochs per AL round", variant)
                    .isLessThanOrEqualTo(localEpochs(full));
            assertThat(Integer.parseInt(cpu.get("al.rounds"))).as("%s al.rounds", variant)
                    .isLessThanOrEqualTo(Integer.parseInt(full.get("al.rounds")));
        }
    }

    private static long localEpochs(Map<String, String> resolved) {
        return Long.parseLong(resolved.get("fl.rounds")) * Long.parseLong(resolved.get("fl.local_epochs"));
    }

    /**
     * The long run of fairfal-cifar10-lt-cpu (started over with channels-last batches at the commit its run.log and
     * cell files name; its checkpoints and cell files carry this value) resumes, and moves to a newer commit, only while
     * the fingerprint of its configuration stays the same: a change that alters it must say so in the long run's notes.
     */
    @Test
    void theFairfalCifar10LtCpuLongRunKeepsItsFingerprint() throws IOException {
        Protocol reference = Protocol.load("fairfal-cifar10-lt-cpu")
                .with(Map.of("client_workers", "2", "quirks", "reference", "seeds", "1"));
        assertThat(reference.fingerprint())
                .isEqualTo("ac900afa13bdb1781ab96af5d7177b6d371dbc7ddcf7a41aea266125e860202c");
    }

    @Test
    void trainOptimizerReachesTheLocalTrainingAndAtItsDefaultLeavesTheFingerprintAlone() throws IOException {
        Protocol fairfal = Protocol.load("fairfal-cifar10-lt-cpu");
        assertThat(fairfal.training().local(1).optimizer()).isEqualTo(io.falbench.model.LocalOptimizer.SGD);
        Protocol adam = fairfal.with(Map.of("train.optimizer", "adam"));
        assertThat(adam.training().local(3).optimizer()).isEqualTo(io.falbench.model.LocalOptimizer.ADAM);
        assertThat(adam.training().local(3).withLearningRate(0.1f).optimizer())
                .isEqualTo(io.falbench.model.LocalOptimizer.ADAM);
        assertThat(adam.fingerprint()).isNotEqualTo(fairfal.fingerprint());
        assertThat(fairfal.with(Map.of("train.optimizer", "sgd")).fingerprint()).isEqualTo(fairfal.fingerprint());
        assertThat(Protocol.load("parity-feal-mnist").training().local(1).optimizer())
                .isEqualTo(io.falbench.model.LocalOptimizer.ADAM);
    }

    /**
     * blog-mnist-cpu's cells were recorded before these keys existed (at 668cb98); their fingerprint is another, but
     * with the keys at their defaults the run still gains seeds.
     */
    @Test
    void aCellRecordedBeforeKeysWereAddedMatchesWhileTheyStayAtTheirDefaults() throws IOException {
        Protocol blog = Protocol.load("blog-mnist-cpu").with(Map.of("client_workers", "2"));
        Map<String, String> recorded = new TreeMap<>(blog.resolved());
        for (String added : List.of("bald.passes", "embeddings.file", "fedprox.mu", "fl.algorithm", "model.dropout",
                "probcover.delta", "probcover.purity", "scaffold.server_lr", "train.memory_format",
                "train.precision")) {
            assertThat(recorded.remove(added)).as(added).isNotNull();
        }
        recorded.put("seeds", "10");
        recorded.put("client_workers", "1");
        assertThat(blog.differenceFrom(recorded)).isEmpty();
        assertThat(blog.with(Map.of("probcover.purity", "0.9")).differenceFrom(recorded))
                .contains("probcover.purity = 0.95 there, 0.9 here");
        assertThat(blog.with(Map.of("train.precision", "bf16")).differenceFrom(recorded))
                .contains("train.precision = fp32 there, bf16 here");
    }

    @Test
    void aRecordedConfigurationDiffersByAValueOrByAKeyThisVersionDoesNotHave() throws IOException {
        Protocol quickstart = Protocol.load("quickstart");
        Map<String, String> recorded = new TreeMap<>(quickstart.resolved());
        assertThat(quickstart.differenceFrom(recorded)).isEmpty();
        recorded.put("fl.rounds", "7");
        assertThat(quickstart.differenceFrom(recorded)).contains("fl.rounds = 7 there, 20 here");
        recorded.put("fl.rounds", "20");
        recorded.put("fl.warmup", "3");
        assertThat(quickstart.differenceFrom(recorded))
                .contains("fl.warmup = 3 there, a key this falbench does not have");
    }

    @Test
    void allStandsForEveryRegisteredStrategyOrModeInRegistryOrderWrittenOutInTheResolvedConfiguration() {
        // model.dropout: bald, among all, runs Monte Carlo dropout passes
        Protocol all = Protocol.parse("t", "t.conf", "strategies = all\nmodes = ALL\nmodel.dropout = 0.5");
        assertThat(all.activeLearning().strategies()).isEqualTo(StrategyRegistry.names());
        assertThat(all.activeLearning().modes()).isEqualTo(ModeRegistry.names());
        Protocol listed = Protocol.parse("t", "t.conf", "strategies = " + String.join(", ", StrategyRegistry.names())
                + "\nmodes = " + String.join(", ", ModeRegistry.names()) + "\nmodel.dropout = 0.5");
        assertThat(all.resolved()).isEqualTo(listed.resolved());
        assertThat(all.fingerprint()).isEqualTo(listed.fingerprint());
        assertThatThrownBy(() -> Protocol.parse("t", "t.conf", "strategies = margin, all"))
                .hasMessageContaining("t.conf:1: 'strategies = margin, all': 'all' stands alone");
    }

    @Test
    void aTypoIsCaughtWhenTheProtocolIsBuiltWithTheNearestKnownName() {
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "strategies = random, margni"))
                .hasMessageContaining("my.conf:1").hasMessageContaining("unknown strategy 'margni'; did you mean 'margin'?");
        assertThatThrownBy(() -> Protocol.parse("t", "t.conf", "modes = fal-globl"))
                .hasMessageContaining("unknown mode 'fal-globl'; did you mean 'fal-global'?");
        assertThatThrownBy(() -> Protocol.parse("t", "t.conf", "kernels = cuda"))
                .hasMessageContaining("unknown kernels backend 'cuda'").hasMessageContaining("known: java");
        assertThatThrownBy(() -> Protocol.parse("t", "t.conf", "partitions = dirichlet"))
                .hasMessageContaining("needs a positive alpha");
        assertThatThrownBy(() -> Protocol.parse("t", "t.conf", "dataset = cifar"))
                .hasMessageContaining("unknown data set 'cifar'; did you mean 'cifar10' or 'cifar100'?");
        assertThatThrownBy(() -> Protocol.load("quickstrat")).hasMessageContaining("did you mean 'quickstart'?");
    }

    @Test
    void unknownKeysBadValuesAndImpossibleCombinationsAreErrorsThatSayWhere() {
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "al.round = 3"))
                .hasMessageStartingWith("my.conf:1: unknown protocol key 'al.round'; did you mean 'al.rounds'?");
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "\nclients five"))
                .hasMessageContaining("my.conf:2: expected 'key = value'");
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "clients = five"))
                .hasMessageContaining("my.conf:1: 'clients = five': not a number; expected integer in [1, 100000]");
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "long_tail.rho = 0.5"))
                .hasMessageContaining("'long_tail.rho = 0.5': out of range; expected number in [1, 1000000]");
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "clients = 2\ncorrupt.clients = 3"))
                .hasMessageContaining("my.conf:2: 'corrupt.clients = 3' exceeds 'clients = 2'");
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "seeds = 1\nseeds = 2"))
                .hasMessageContaining("my.conf:2: 'seeds' is set twice (first at my.conf:1)");
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "").with(Map.of("train.lr", "-1")))
                .hasMessageStartingWith("--set train.lr: 'train.lr = -1': out of range");
        assertThatThrownBy(() -> Protocol.load("no-such-protocol")).hasMessageContaining("no protocol 'no-such-protocol'");
    }

    @Test
    void aStrategyOfMonteCarloDropoutPassesIsRefusedOnANetworkWithoutDropout() {
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "seeds = 1\nstrategies = random, bald"))
                .hasMessage("my.conf:2: strategy bald needs Monte Carlo dropout passes, but model.dropout = 0 gives"
                        + " the network no dropout layer; set model.dropout = 0.5 (the rate of the reference's"
                        + " networks) in my.conf or with --set model.dropout=0.5, or leave bald out of strategies");
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "").with(Map.of("strategies", "bald")))
                .hasMessageStartingWith("--set strategies: strategy bald needs Monte Carlo dropout passes");
        assertThat(Protocol.parse("t", "my.conf", "strategies = bald\nmodel.dropout = 0.5").activeLearning()
                .strategies()).containsExactly("bald");
        // modes with their own query rule run no strategy
        assertThat(Protocol.parse("t", "my.conf", "strategies = bald\nmodes = logo, fairfal").activeLearning()
                .modes()).containsExactly("logo", "fairfal");
    }

    @Test
    void anEmbeddingsFileIsCheckedWhenTheProtocolIsBuiltAndOnlyWhereAStrategyReadsIt(@TempDir Path dir)
            throws IOException {
        Path file = NpyMatrixTest.write(dir.resolve("simclr.npy"), 1, "<f4", "False", "2, 2", 1, 2, 3, 4);
        Protocol plain = Protocol.parse("t", "my.conf", "seeds = 1\nstrategies = typiclust");
        Protocol withFile = Protocol.parse("t", "my.conf", "seeds = 1\nstrategies = typiclust\nembeddings.file = "
                + file);
        assertThat(withFile.options().get(EmbeddingsFile.KEY)).contains(file);
        assertThat(plain.options().get(EmbeddingsFile.KEY)).isEmpty();
        assertThat(withFile.fingerprint()).isNotEqualTo(plain.fingerprint());
        assertThat(plain.fingerprint()).isEqualTo(Protocol.parse("t", "my.conf", "seeds = 1\nstrategies = typiclust"
                + "\nembeddings.file = ").fingerprint());
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "strategies = typiclust\nembeddings.file = "
                + dir.resolve("none.npy"))).hasMessageStartingWith("my.conf:2: 'embeddings.file = ")
                .hasMessageContaining("no file");
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "strategies = random, margin\nembeddings.file = "
                + file)).hasMessageStartingWith("my.conf:2: embeddings.file is set, but no cell runs a strategy that"
                + " reads it (typiclust, probcover");
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "strategies = probcover\nmodes = logo\n"
                + "embeddings.file = " + file)).hasMessageContaining("no cell runs a strategy that reads it");
        assertThat(Protocol.parse("t", "my.conf", "strategies = margin, probcover\nembeddings.file = " + file)
                .activeLearning().strategies()).containsExactly("margin", "probcover");
    }

    @Test
    void everyKeyIsDeclaredOnceWithADefaultThatParses() {
        Set<String> names = new HashSet<>();
        for (Key<?> key : ProtocolKeys.ALL) {
            assertThat(names.add(key.name())).as(key.name() + " declared twice").isTrue();
            assertThat(key.meaning()).as(key.name()).isNotBlank();
            assertThat(key.defaultValue()).as(key.name()).isNotNull();
        }
        assertThat(names).contains("fairfal.delta", "fairfal.kappa", "fal_global.refine_rounds", "logo.kmeans", "logo.refill",
                "kafal.prior", "kafal.local_model", "kafal.kcfu");
    }

    @Test
    void quirksAreOffByDefaultReferenceTurnsOnEveryKnownOneAndAnUnknownOneIsNamed() {
        assertThat(Protocol.parse("t", "t.conf", "").run().quirks()).isEmpty();
        assertThat(Protocol.parse("t", "t.conf", "quirks = reference").run().quirks())
                .containsExactlyElementsOf(Quirks.REGISTRY.names()).contains(Quirks.LOCAL_LR_PER_STEP);
        assertThatThrownBy(() -> Protocol.parse("t", "t.conf", "quirks = local-lr-per-stp"))
                .hasMessageContaining("t.conf:1").hasMessageContaining("did you mean 'local-lr-per-step'?");
    }

    @Test
    void everySeedSharesSeedZerosPartitionByDefaultAsTheReferenceAndCellGivesEachItsOwn() {
        assertThat(Protocol.parse("t", "t.conf", "").federation().fixedPartition()).isTrue();
        assertThat(Protocol.parse("t", "t.conf", "partition.seed = cell").federation().fixedPartition()).isFalse();
        assertThatThrownBy(() -> Protocol.parse("t", "t.conf", "partition.seed = 3")).hasMessageContaining("fixed or cell");
        assertThatThrownBy(() -> Protocol.parse("t", "t.conf", "model.init = xavier"))
                .hasMessageContaining("'model.init = xavier': not pytorch or djl");
        assertThat(Protocol.parse("t", "t.conf", "partition.rebalance_largest_first = false").options()
                .get(io.falbench.partition.BalancedDirichlet.LARGEST_FIRST)).isFalse();
    }
}
