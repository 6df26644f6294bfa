package io.falbench.experiment;

/**
 * One AL round of one cell: the test metrics of the model(s) trained on the labels held at that point, and what the
 * round cost and chose. Round 0 is the initial labelled set. The queried counts, query time and diagnostics describe
 * the query step that follows this round's evaluation (none after the last round).
 */
public record RoundResult(int round, Evaluation evaluation, LabelCounts labels, Costs costs, Timings timings,
                          RoundDiagnostics diagnostics) {

    /** Test accuracy of the round's model (the mean over clients' models for the client-alone bound). */
    public double accuracy() {
        return evaluation.metrics().accuracy();
    }
}
