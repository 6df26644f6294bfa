package io.falbench.fl;

import io.falbench.model.Weights;

/** Sees the global model after each FedAvg communication round (e.g. to trace test accuracy for a convergence check). */
@FunctionalInterface
public interface RoundObserver {

    RoundObserver NONE = (round, global) -> { };

    /** Called after round {@code round} (0-based) was aggregated into {@code global}. */
    void afterRound(int round, Weights global);
}
