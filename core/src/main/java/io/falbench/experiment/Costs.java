package io.falbench.experiment;

/** Bytes that crossed the federated boundary in one AL round (training and query), each way. */
public record Costs(long bytesUp, long bytesDown) {
}
