package io.falbench.model;

/**
 * What one local training ran: its last epoch's mean loss (NaN when there was nothing to train on), its optimizer
 * steps K and the sum of their learning rates (K x lr at a constant rate; SCAFFOLD's option II divides by it).
 */
public record LocalRun(double lastEpochLoss, int steps, double learningRateSum) {
}
