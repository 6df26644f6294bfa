package io.falbench.strategy;

import java.util.SplittableRandom;

/** A single-model query rule: picks {@code budget} distinct candidates to send to the oracle. */
public interface QueryStrategy {

    String name();

    /** Whether {@link #select} reads the query model's predictions (false: it may be given none). */
    boolean needsPredictions();

    /** Whether it reads the labelled samples' predictions (fixed centres, anchors). */
    default boolean needsLabelled() {
        return false;
    }

    /** Distinct positions in {@code input.candidates()}, exactly {@code min(budget, input.size())} of them. */
    int[] select(QueryInput input, int budget, SplittableRandom random);
}
