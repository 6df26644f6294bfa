package io.falbench.reports;

/** One row of results.csv: one cell at one AL round ({@code failure} empty unless the cell stopped early). */
public record ResultRow(String protocol, String dataset, String partition, String strategy, String mode, int seed,
                        int round, int labelled, double labelledFraction, double accuracy, double balancedAccuracy,
                        double macroF1, String failure) {

    /** The curve this row belongs to in a plot: strategy x mode (and partition when a run has several). */
    public String series(boolean withPartition) {
        return strategy + " / " + mode + (withPartition ? " / " + partition : "");
    }
}
