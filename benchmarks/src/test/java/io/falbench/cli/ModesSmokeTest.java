package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.falbench.experiment.CellResult;
import io.falbench.experiment.ResultStore;
import io.falbench.experiment.RoundDiagnostics;
import io.falbench.experiment.RoundResult;
import io.falbench.fl.FederatedOptimizers;
import io.falbench.mode.fairfal.FairFalQuery;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.model.Precision;
import io.falbench.registry.Need;
import io.falbench.strategy.StrategyRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every strategy under every mode on real (embedded) MNIST through the modes-smoke protocol, checked for the
 * invariants of federated active learning, and its report listing all of them; the strategies of Monte Carlo dropout
 * passes (bald) under every mode that takes strategies, with model.dropout set (the protocol's network has none);
 * then every mode under each other federated optimiser with one strategy (an optimiser changes only the training
 * exchange, which no strategy sees); and, on a CPU with bfloat16 instructions, every mode with {@code train.precision =
 * bf16} under a strategy that reads probabilities and embeddings (the precision changes the passes every mode runs).
 */
@Tag("slow")
class ModesSmokeTest {

    /** The strategy of the other optimisers' runs: the cheapest, no forward pass. */
    static final String OPTIMISER_STRATEGY = "random";
    /** model.dropout of the run of the strategies that need dropout (the rate of BALD's reference networks). */
    static final String DROPOUT = "0.5";

    @TempDir
    static Path out;

    @TempDir
    static Path data;

    static List<CellResult> results;
    static String report;
    /** The cells of the strategies that need dropout, each under every mode that takes strategies. */
    static List<CellResult> dropout;
    /** The strategies of the bf16 run: none, and one that reads the network's probabilities and embeddings. */
    static final String BF16_STRATEGIES = "random,badge";
    /** The cells of the bf16 run; empty on a CPU without bfloat16 instructions. */
    static List<CellResult> bf16 = List.of();
    /** The cells of a run with FairFAL's query model reversed ({@code fairfal.query_model = opposite}). */
    static List<CellResult> fairfalOpposite = List.of();
    /** Each federated optimiser but FedAvg, by name: its run's cells. */
    static Map<String, List<CellResult>> optimisers = new LinkedHashMap<>();

    @BeforeAll
    static void run() throws Exception {
        int exit = Falbench.commandLine().execute("run", "modes-smoke", "--out", out.toString(),
                "--data-dir", data.toString(), "--set", "fl.rounds=2", "--set", "local.max_epochs=2");
        assertThat(exit).isZero();
        results = new ResultStore(out).all();
        report = Files.readString(out.resolve("report.md"));
        Path dropoutDir = out.resolve("dropout");
        assertThat(Falbench.commandLine().execute("run", "modes-smoke", "--out", dropoutDir.toString(),
                "--data-dir", data.toString(), "--set", "fl.rounds=2", "--set", "local.max_epochs=2",
                "--set", "model.dropout=" + DROPOUT, "--set", "strategies=" + String.join(",", dropoutStrategies()),
                "--set", "modes=" + String.join(",", strategyModes()))).isZero();
        dropout = new ResultStore(dropoutDir).all();
        for (String optimiser : FederatedOptimizers.REGISTRY.names()) {
            if (optimiser.equals(FederatedOptimizers.FEDAVG_NAME)) {
                continue;
            }
            Path runDir = out.resolve("optimiser-" + optimiser);
            assertThat(Falbench.commandLine().execute("run", "modes-smoke", "--out", runDir.toString(),
                    "--data-dir", data.toString(), "--set", "fl.rounds=2", "--set", "local.max_epochs=2",
                    "--set", "fl.algorithm=" + optimiser, "--set", "strategies=" + OPTIMISER_STRATEGY)).isZero();
            optimisers.put(optimiser, new ResultStore(runDir).all());
        }
        Path opposite = out.resolve("fairfal-opposite");
        assertThat(Falbench.commandLine().execute("run", "modes-smoke", "--out", opposite.toString(),
                "--data-dir", data.toString(), "--set", "fl.rounds=2", "--set", "local.max_epochs=2",
                "--set", "modes=fairfal", "--set", "fairfal.query_model=opposite")).isZero();
        fairfalOpposite = new ResultStore(opposite).all();
        if (Precision.BF16.supportedHere()) {
            Path bf16Dir = out.resolve("bf16");
            assertThat(Falbench.commandLine().execute("run", "modes-smoke", "--out", bf16Dir.toString(),
                    "--data-dir", data.toString(), "--set", "fl.rounds=2", "--set", "local.max_epochs=2",
                    "--set", "train.precision=bf16", "--set", "strategies=" + BF16_STRATEGIES)).isZero();
            bf16 = new ResultStore(bf16Dir).all();
        }
    }

    /** Every cell of every run. */
    static List<CellResult> all() {
        List<CellResult> all = new ArrayList<>(results);
        all.addAll(dropout);
        optimisers.values().forEach(all::addAll);
        all.addAll(bf16);
        all.addAll(fairfalOpposite);
        return all;
    }

    /** The registered strategies that run Monte Carlo dropout passes. */
    static List<String> dropoutStrategies() {
        return StrategyRegistry.names().stream()
                .filter(s -> StrategyRegistry.needs(s).contains(Need.DROPOUT_PREDICTIONS)).toList();
    }

    static List<String> strategyModes() {
        return ModeRegistry.names().stream().filter(m -> !ModeRegistry.ownsQueryRule(m)).toList();
    }

    @Test
    void everyStrategyRunsUnderEveryModeAndTheReportListsThemAll() {
        int strategyModes = strategyModes().size();
        int ownRules = ModeRegistry.names().size() - strategyModes;
        List<String> others = StrategyRegistry.names().stream().filter(s -> !dropoutStrategies().contains(s)).toList();
        assertThat(results).hasSize(strategyModes * others.size() + ownRules);
        assertThat(results.stream().map(r -> r.cell().strategy()).distinct().filter(others::contains).toList())
                .as("modes-smoke's strategies line lists every strategy that needs no dropout")
                .containsExactlyInAnyOrderElementsOf(others);
        for (CellResult result : results) {
            assertThat(report).contains("| " + result.cell().strategy() + " / " + result.cell().mode() + " |");
        }
        assertThat(dropout).hasSize(strategyModes * dropoutStrategies().size());
        assertThat(dropout).allSatisfy(r -> assertThat(r.failure()).as(r.cell().id()).isNull());
    }

    @Test
    void everyModeRunsUnderEveryFederatedOptimiserAndScaffoldsControlVariatesDoubleTheModelsBytes() {
        assertThat(optimisers.keySet()).hasSize(FederatedOptimizers.REGISTRY.names().size() - 1);
        for (Map.Entry<String, List<CellResult>> run : optimisers.entrySet()) {
            assertThat(run.getValue()).as(run.getKey()).hasSize(ModeRegistry.names().size());
            assertThat(run.getValue()).allSatisfy(r -> assertThat(r.failure()).as(r.cell().id()).isNull());
        }
        // MLP: every parameter is trained, so c is as large as the model and f-al sends nothing else
        RoundResult fedAvg = fAlRandom(results).rounds().get(0);
        RoundResult scaffold = fAlRandom(optimisers.get("scaffold")).rounds().get(0);
        assertThat(scaffold.costs().bytesDown()).isEqualTo(2 * fedAvg.costs().bytesDown());
        assertThat(fAlRandom(optimisers.get("fedprox")).rounds().get(0).costs()).isEqualTo(fedAvg.costs());
    }

    @Test
    void everyModeRunsInBf16() {
        assumeTrue(Precision.BF16.supportedHere(), "this CPU has no bfloat16 instructions");
        int strategyModes = strategyModes().size();
        int ownRules = ModeRegistry.names().size() - strategyModes;
        assertThat(bf16).hasSize(strategyModes * BF16_STRATEGIES.split(",").length + ownRules);
        assertThat(bf16).allSatisfy(r -> assertThat(r.failure()).as(r.cell().id()).isNull());
        assertThat(bf16).allSatisfy(r -> assertThat(r.rounds()).as(r.cell().id()).allSatisfy(
                round -> assertThat(round.accuracy()).as(r.cell().id()).isBetween(0.0, 1.0)));
    }

    private static CellResult fAlRandom(List<CellResult> cells) {
        return cells.stream().filter(c -> c.cell().mode().equals("f-al")
                && c.cell().strategy().equals(OPTIMISER_STRATEGY)).findFirst().orElseThrow();
    }

    @Test
    void eachRoundSpendsItsBudgetExactlyAndNoSampleIsLabelledTwice() {
        for (CellResult result : all()) {
            List<RoundResult> rounds = result.rounds();
            for (RoundResult round : rounds) {
                String where = result.cell().id() + " round " + round.round();
                assertThat(round.labels().labelled()).as(where).isEqualTo(60 + 30 * round.round());
                // the oracle refuses a second query of a sample, so labels held = distinct samples labelled
                assertThat(Arrays.stream(round.labels().perClass()).sum()).as(where).isEqualTo(round.labels().labelled());
                assertThat(Arrays.stream(round.labels().perClient()).sum()).as(where).isEqualTo(round.labels().labelled());
                int spent = Arrays.stream(round.labels().queriedPerClient()).sum();
                assertThat(spent).as(where).isEqualTo(round.round() < rounds.size() - 1 ? 30 : 0);
            }
        }
    }

    @Test
    void modesWithQuotasKeepEveryClientsShareAndOnlyTheNoQuotaModeMayMoveIt() {
        for (CellResult result : all()) {
            RoundResult first = result.rounds().get(0);
            String mode = result.cell().mode();
            if (mode.equals("centralized")) {
                assertThat(first.labels().queriedPerClient()).containsExactly(30);
            } else if (!mode.equals("fal-global-noquota")) {
                assertThat(first.labels().queriedPerClient()).as(result.cell().id()).containsExactly(10, 10, 10);
            }
        }
    }

    @Test
    void theDiagnosticsRecordCorruptedSharesDuplicatesAndFairFalChoices() {
        for (CellResult result : all()) {
            RoundResult first = result.rounds().get(0);
            assertThat(first.diagnostics().scalars()).containsKey(RoundDiagnostics.CORRUPTED_QUERY_SHARE);
            if (result.cell().mode().equals("fairfal")) {
                assertThat(first.diagnostics().scalars()).containsKey(FairFalQuery.GAMMA_BAR);
                assertThat(first.diagnostics().perClient()).containsKeys(FairFalQuery.USES_GLOBAL_MODEL, FairFalQuery.D_K);
            }
            if (result.cell().mode().startsWith("fal-global")) {
                assertThat(first.diagnostics().scalars()).containsKey(RoundDiagnostics.NEAR_DUPLICATE_PAIRS);
            }
        }
    }

    @Test
    void fairFalsOppositeQueryModelReversesTheAdaptiveRulesChoiceClientByClient() {
        CellResult adaptive = results.stream().filter(r -> r.cell().mode().equals("fairfal")).findFirst().orElseThrow();
        assertThat(fairfalOpposite).hasSize(1);
        CellResult opposite = fairfalOpposite.get(0);
        // the first query follows the same training in both runs, so the rule sees the same models
        double[] ruled = adaptive.rounds().get(0).diagnostics().perClient().get(FairFalQuery.USES_GLOBAL_MODEL);
        Map<String, double[]> reversed = opposite.rounds().get(0).diagnostics().perClient();
        assertThat(reversed.get(FairFalQuery.RULE_CHOOSES_GLOBAL)).containsExactly(ruled);
        for (int k = 0; k < ruled.length; k++) {
            assertThat(reversed.get(FairFalQuery.USES_GLOBAL_MODEL)[k]).as("client " + k).isEqualTo(1 - ruled[k]);
        }
        assertThat(adaptive.rounds().get(0).diagnostics().perClient()).doesNotContainKey(
                FairFalQuery.RULE_CHOOSES_GLOBAL);
    }
}
