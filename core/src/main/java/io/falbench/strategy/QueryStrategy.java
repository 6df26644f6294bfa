package io.falbench.strategy;

import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A single-model query rule: picks {@code budget} distinct candidates to send to the oracle. Its name and what it
 * reads from the round ({@link io.falbench.registry.Need}) are declared once, on its {@link StrategyRegistry} entry;
 * {@link #select} is given exactly that.
 */
public interface QueryStrategy {

    /** Distinct positions in {@code input.candidates()}, exactly {@code min(budget, input.size())} of them. */
    int[] select(QueryInput input, int budget, SplittableRandom random);

    /**
     * Each candidate's priority when the diversity step runs elsewhere (FAL-Global keeps each client's highest
     * beta*q and clusters them at the server): higher first. Every strategy says what it ranks by.
     */
    double[] candidateScores(QueryInput input, SplittableRandom random);

    /** The weight a kept candidate of priority {@code score} carries into a clustering: 1 unless the strategy weights. */
    default float clusterWeight(double score) {
        return 1f;
    }

    /**
     * How many Monte Carlo dropout passes the query step runs for this strategy when its entry declares
     * {@link io.falbench.registry.Need#DROPOUT_PREDICTIONS} ({@link QueryInput#dropoutPredictions}); 0 for none.
     */
    default int dropoutPasses() {
        return 0;
    }

    /**
     * The picks of b = min(budget, size) among {@code size} candidates: when b leaves no choice (none, or every
     * candidate) positions 0 to b - 1, without calling {@code choice}; otherwise {@code choice.apply(b)}.
     */
    static int[] choose(int budget, int size, IntFunction<int[]> choice) {
        int b = Math.min(budget, size);
        return b == 0 || b == size ? IntStream.range(0, b).toArray() : choice.apply(b);
    }
}
