package io.falbench.experiment;

/** Wall seconds of one AL round's phases. */
public record Timings(double trainSeconds, double evalSeconds, double querySeconds) {
}
