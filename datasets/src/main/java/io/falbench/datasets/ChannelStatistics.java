package io.falbench.datasets;

import java.util.Arrays;

/**
 * The per-channel mean and standard deviation some reference code normalises a data set's inputs with
 * ((x - mean_c) / std_c on pixels in [0, 1]); {@link #NONE} where that code leaves the pixels as they are.
 */
public record ChannelStatistics(float[] mean, float[] std) {

    public static final ChannelStatistics NONE = new ChannelStatistics(new float[0], new float[0]);

    public ChannelStatistics {
        if (mean.length != std.length) {
            throw new IllegalArgumentException(mean.length + " means for " + std.length + " deviations");
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("a standard deviation must be positive, got " + s);
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    public boolean isNone() {
        return mean.length == 0;
    }

    @Override
    public String toString() {
        return isNone() ? "none" : "mean " + Arrays.toString(mean) + " std " + Arrays.toString(std);
    }
}
