package io.falbench.runtime;

/**
 * Training diverged: a loss or a weight became NaN or infinite. The cell that raised it stops, records why, and the
 * run goes on to the next cell (a diverged cell's numbers would mean nothing).
 */
public final class NumericalFailure extends RuntimeException {

    public NumericalFailure(String message) {
        super(message);
    }
}
