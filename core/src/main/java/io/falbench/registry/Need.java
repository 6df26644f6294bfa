package io.falbench.registry;

import java.util.Collection;

/**
 * What a strategy or mode needs from an AL round, declared once on its {@link Entry}: the query step reads the
 * declaration to decide what to compute for a strategy's pick (a forward pass over the candidates, one over the
 * labelled set, stochastic passes with dropout on, a copy of the head, or none) and whether a mode takes the
 * protocol's strategies; {@code falbench list} prints it.
 * (FAL-Global predicts every candidate whatever the strategy declares: its server-side step ranks them.)
 */
public enum Need {

    /** The query model's class probabilities of the candidates. */
    PREDICTIONS("predictions"),
    /** The query model's penultimate embeddings of the candidates. */
    EMBEDDINGS("embeddings"),
    /** The query model's predictions of the client's labelled samples, with their labels. */
    LABELLED("labelled set"),
    /** The query model's linear head (weights and bias), to score embeddings the model did not see. */
    HEAD("linear head"),
    /**
     * The query model's class probabilities of the candidates over the strategy's Monte Carlo dropout passes
     * ({@link io.falbench.strategy.QueryStrategy#dropoutPasses}); the network must have dropout.
     */
    DROPOUT_PREDICTIONS("MC-dropout predictions"),
    /** A mode that picks by its own rule: the protocol's strategies do not apply, one cell per seed. */
    OWN_QUERY_RULE("its own query rule");

    private final String words;

    Need(String words) {
        this.words = words;
    }

    /** Whether {@code needs} asks for a forward pass of the query model over the candidates. */
    public static boolean modelOutput(Collection<Need> needs) {
        return needs.contains(PREDICTIONS) || needs.contains(EMBEDDINGS);
    }

    /** As listings write it ("labelled set"). */
    @Override
    public String toString() {
        return words;
    }
}
