package io.falbench.fl.message;

/** One scalar statistic (e.g. FairFAL's gamma_k up, gamma_bar down): a double, 8 bytes. */
public record Statistic(double value) implements Message {

    @Override
    public long bytes() {
        return Double.BYTES;
    }
}
