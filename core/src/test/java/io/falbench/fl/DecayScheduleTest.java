package io.falbench.fl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.model.TrainingSettings;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DecayScheduleTest {

    private static List<Integer> decayed(DecaySchedule schedule, int rounds) {
        return IntStream.range(0, rounds).filter(r -> schedule.decays(r, rounds)).boxed().toList();
    }

    @Test
    void aRelativeScheduleDecaysAfterThreeQuartersOfWhateverNumberOfRoundsRunsAsTheReferenceCode() {
        DecaySchedule reference = DecaySchedule.parse("75%");
        assertThat(decayed(reference, 100)).containsExactlyElementsOf(IntStream.rangeClosed(76, 99).boxed().toList());
        assertThat(decayed(reference, 20)).containsExactly(16, 17, 18, 19);
        assertThat(decayed(reference, 10)).containsExactly(8, 9);
        assertThat(decayed(reference, 1)).isEmpty();
    }

    @Test
    void anAbsoluteScheduleDecaysFromItsRoundWhateverTheNumberOfRounds() {
        DecaySchedule absolute = DecaySchedule.parse("75");
        assertThat(decayed(absolute, 100)).hasSize(25).startsWith(75);
        assertThat(decayed(absolute, 20)).isEmpty();
        assertThat(decayed(DecaySchedule.parse("15"), 20)).containsExactly(15, 16, 17, 18, 19);
    }

    @Test
    void theLocalLearningRateAtEachRoundIsTheBaseRateOrTheDecayedOne() {
        TrainingSettings local = new TrainingSettings(5, 64, 0.01f, 0.9f, 1e-5f, false);
        FederationSettings settings = new FederationSettings(20, local, DecaySchedule.parse("75%"), 0.1f,
                Participation.FULL);
        for (int r = 0; r < 20; r++) {
            assertThat(settings.localAt(r).learningRate()).as("round " + r).isEqualTo(r > 15 ? 0.01f * 0.1f : 0.01f);
        }
    }

    @Test
    void aClientsRateStepsDownAtItsOwnEpochCountAsKafalsPerClientMultiStepLr() {
        // KAFAL: 40 local epochs per round, MultiStepLR(milestones=[260]) stepped before each epoch, so the 260th
        // epoch a client trains in the AL round (index 259) is the first at lr x0.1: within its 7th round taken part
        // in (259 - 6 x 40 = 19), from the start of its 8th.
        TrainingSettings local = new TrainingSettings(40, 128, 0.1f, 0.9f, 5e-4f, true);
        FederationSettings kafal = new FederationSettings(50, local, DecaySchedule.parse("100%"), 0.1f,
                Participation.FULL, 260, false, FederatedOptimizers.FEDAVG);
        assertThat(kafal.localAt(3, 200).learningRate()).isEqualTo(0.1f);
        assertThat(kafal.clientScheduleAt(200)).isEqualTo(io.falbench.model.LocalSchedule.CONSTANT);
        assertThat(kafal.localAt(3, 240).learningRate()).isEqualTo(0.1f);
        assertThat(kafal.clientScheduleAt(240).milestone()).isEqualTo(19);
        assertThat(kafal.localAt(3, 280).learningRate()).isEqualTo(0.1f * 0.1f);
        assertThat(kafal.clientScheduleAt(280)).isEqualTo(io.falbench.model.LocalSchedule.CONSTANT);
        // the milestone falling on a round's first epoch: the round starts decayed
        assertThat(kafal.localAt(0, 259).learningRate()).isEqualTo(0.1f * 0.1f);
        // off by default: the round rule alone
        FederationSettings plain = new FederationSettings(50, local, DecaySchedule.parse("100%"), 0.1f,
                Participation.FULL);
        assertThat(plain.localAt(3, 1000).learningRate()).isEqualTo(0.1f);
    }

    @Test
    void aFractionOutsideZeroToOneOrANegativeRoundIsRefused() {
        assertThatThrownBy(() -> DecaySchedule.parse("150%")).hasMessageContaining("in [0, 1]");
        assertThatThrownBy(() -> DecaySchedule.parse("-1")).hasMessageContaining("cannot be negative");
    }
}
