package io.falbench.strategy;

import io.falbench.kernels.Kernels;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.model.DropoutPredictions;
import io.falbench.model.LinearHead;
import io.falbench.model.Predictions;
import io.falbench.registry.Entry;
import io.falbench.registry.Need;
import io.falbench.settings.Options;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * What a strategy's registry entry declares it needs is all the query step gives it (mode/ClientQuery): every
 * registered strategy picks the same from only what it declares as from everything a client could compute, so what
 * {@code falbench list} prints is what runs.
 */
class DeclaredNeedsTest {

    private static final Kernels JAVA = KernelsRegistry.create("java");
    private static final int CANDIDATES = 40;
    private static final int LABELLED = 6;
    private static final int CLASSES = 4;
    private static final int DIMENSION = 3;
    private static final int BUDGET = 5;

    @Test
    void everyStrategyPicksTheSameFromOnlyWhatItsEntryDeclares() {
        SplittableRandom draw = new SplittableRandom(11);
        Predictions candidates = random(CANDIDATES, draw);
        Predictions labelled = random(LABELLED, draw);
        int[] labelledIds = Toy.ids(LABELLED);
        int[] labels = draw.ints(LABELLED, 0, CLASSES).toArray();
        LinearHead head = Toy.head(draw, CLASSES, DIMENSION);
        DropoutPredictions passes = Toy.dropoutPasses(draw, 10, CANDIDATES, CLASSES);
        QueryInput everything = new QueryInput(Toy.ids(CANDIDATES), candidates, labelledIds, labelled, labels, head,
                passes);
        SoftAssertions softly = new SoftAssertions();
        for (Entry<StrategyRegistry.Factory> entry : StrategyRegistry.REGISTRY.entries()) {
            QueryStrategy strategy = entry.factory().create(JAVA, Options.DEFAULTS);
            List<Need> needs = entry.needs();
            QueryInput declared = new QueryInput(Toy.ids(CANDIDATES), Need.modelOutput(needs)
                    ? only(candidates, needs) : null, labelledIds,
                    Need.modelOutput(needs) && needs.contains(Need.LABELLED) ? only(labelled, needs) : null, labels,
                    needs.contains(Need.HEAD) ? head : null,
                    needs.contains(Need.DROPOUT_PREDICTIONS) ? passes : null);
            int[] expected = strategy.select(everything, BUDGET, new SplittableRandom(3));
            try {
                int[] picks = strategy.select(declared, BUDGET, new SplittableRandom(3));
                softly.assertThat(picks).as("%s declaring %s", entry.name(), needs).containsExactly(expected);
            } catch (RuntimeException e) {
                softly.fail(entry.name() + " reads more than its entry declares, " + needs + ": " + e);
            }
        }
        softly.assertAll();
    }

    /** {@code all} without the probabilities or the embeddings that {@code needs} does not name. */
    private static Predictions only(Predictions all, List<Need> needs) {
        boolean probabilities = needs.contains(Need.PREDICTIONS);
        boolean embeddings = needs.contains(Need.EMBEDDINGS);
        return new Predictions(probabilities ? all.probabilities() : new float[0],
                embeddings ? all.embeddings() : new float[0], all.size(), probabilities ? all.numClasses() : 0,
                embeddings ? all.embeddingDimension() : 0);
    }

    private static Predictions random(int n, SplittableRandom draw) {
        float[][] probabilities = new float[n][CLASSES];
        float[][] embeddings = new float[n][DIMENSION];
        for (int i = 0; i < n; i++) {
            float sum = 0;
            for (int c = 0; c < CLASSES; c++) {
                probabilities[i][c] = (float) draw.nextDouble(0.01, 1);
                sum += probabilities[i][c];
            }
            for (int c = 0; c < CLASSES; c++) {
                probabilities[i][c] /= sum;
            }
            for (int d = 0; d < DIMENSION; d++) {
                embeddings[i][d] = (float) draw.nextGaussian();
            }
        }
        return Toy.predictions(probabilities, embeddings);
    }
}
