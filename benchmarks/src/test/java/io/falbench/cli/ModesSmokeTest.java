package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.experiment.CellResult;
import io.falbench.experiment.ResultStore;
import io.falbench.experiment.RoundDiagnostics;
import io.falbench.experiment.RoundResult;
import io.falbench.mode.fairfal.FairFalQuery;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.strategy.StrategyRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every strategy under every mode on real (embedded) MNIST through the modes-smoke protocol, checked for the
 * invariants of federated active learning, and its report listing all of them.
 */
@Tag("slow")
class ModesSmokeTest {

    @TempDir
    static Path out;

    @TempDir
    static Path data;

    static List<CellResult> results;
    static String report;

    @BeforeAll
    static void run() throws Exception {
        int exit = Falbench.commandLine().execute("run", "modes-smoke", "--out", out.toString(),
                "--data-dir", data.toString(), "--set", "fl.rounds=2", "--set", "local.max_epochs=2");
        assertThat(exit).isZero();
        results = new ResultStore(out).all();
        report = Files.readString(out.resolve("report.md"));
    }

    @Test
    void everyStrategyRunsUnderEveryModeAndTheReportListsThemAll() {
        long strategyModes = ModeRegistry.names().stream().filter(m -> !ModeRegistry.ownsQueryRule(m)).count();
        long ownRules = ModeRegistry.names().size() - strategyModes;
        assertThat(results).hasSize((int) (strategyModes * StrategyRegistry.names().size() + ownRules));
        for (CellResult result : results) {
            assertThat(report).contains("| " + result.cell().strategy() + " / " + result.cell().mode() + " |");
        }
    }

    @Test
    void eachRoundSpendsItsBudgetExactlyAndNoSampleIsLabelledTwice() {
        for (CellResult result : results) {
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
        for (CellResult result : results) {
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
        for (CellResult result : results) {
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
}
