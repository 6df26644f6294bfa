package io.falbench.reports.published;

/**
 * One published accuracy: a protocol's arm (partition x strategy x mode) at a labelled fraction, as a fraction in
 * [0, 1] (the paper's percent / 100), with where it was published.
 */
public record PublishedPoint(String protocol, String partition, String strategy, String mode,
                             double labelledFraction, double accuracy, String source) {

    /** The series name falbench's reports give this arm. */
    public String series() {
        return strategy + " / " + mode;
    }

    /** Whether this point belongs on a run of {@code runProtocol}: its own protocol or that one's cpu-scaled variant. */
    public boolean appliesTo(String runProtocol, String runPartition) {
        return (runProtocol.equals(protocol) || runProtocol.equals(protocol + PublishedPoints.CPU_SUFFIX))
                && runPartition.equals(partition);
    }
}
