package io.falbench.experiment;

/** The global model's test accuracy after FedAvg round {@code fedRound} (1-based) of an AL round: a convergence check. */
public record TracePoint(int fedRound, double accuracy) {
}
