package io.falbench.reports.results;

/**
 * One row of results.csv: one cell at one AL round ({@code failure} empty unless the cell stopped early;
 * {@code corruptedQueryShare} the round's share of queries on corrupted clients, NaN where the run has no such column).
 */
public record ResultRow(String protocol, String dataset, String partition, String strategy, String mode, int seed,
                        int round, int labelled, double labelledFraction, double accuracy, double balancedAccuracy,
                        double macroF1, String failure, double corruptedQueryShare) {

    /** A row without the corrupted-client diagnostic. */
    public ResultRow(String protocol, String dataset, String partition, String strategy, String mode, int seed,
                     int round, int labelled, double labelledFraction, double accuracy, double balancedAccuracy,
                     double macroF1, String failure) {
        this(protocol, dataset, partition, strategy, mode, seed, round, labelled, labelledFraction, accuracy,
                balancedAccuracy, macroF1, failure, Double.NaN);
    }

    /** The curve this row belongs to in a plot: strategy x mode (and partition when a run has several). */
    public String series(boolean withPartition) {
        return series(strategy, mode, partition, withPartition);
    }

    /** The series name of a strategy x mode (x partition): the one rule every report section uses. */
    public static String series(String strategy, String mode, String partition, boolean withPartition) {
        return strategy + " / " + mode + (withPartition ? " / " + partition : "");
    }
}
