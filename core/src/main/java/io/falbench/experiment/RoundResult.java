package io.falbench.experiment;

import java.util.List;

/**
 * One AL round of one cell: the test metrics of the model(s) trained on the labels held at that point, and what the
 * round cost and chose. Round 0 is the initial labelled set. The queried counts, query time and diagnostics describe
 * the query step that follows this round's evaluation (none after the last round). {@code trace}: the test accuracy
 * along the round's FedAvg rounds where {@code fl.trace_every} asked for it, else empty.
 */
public record RoundResult(int round, Evaluation evaluation, LabelCounts labels, Costs costs, Timings timings,
                          RoundDiagnostics diagnostics, List<TracePoint> trace) {

    public RoundResult {
        trace = trace == null ? List.of() : List.copyOf(trace);
    }

    /** Test accuracy of the round's model (the mean over clients' models for the client-alone bound). */
    public double accuracy() {
        return evaluation.metrics().accuracy();
    }
}
