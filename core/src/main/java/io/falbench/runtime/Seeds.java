package io.falbench.runtime;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Named random streams: one root seed per (protocol seed, seed index), then an independent stream per purpose and
 * ids (client, round), so adding a strategy or a mode never shifts another's stream, and cells of the same seed share
 * their partition and initial labels.
 */
public final class Seeds {

    private Seeds() {
    }

    public static long root(long protocolSeed, int seedIndex) {
        return mix(protocolSeed * 0x9E3779B97F4A7C15L + seedIndex);
    }

    public static long derive(long root, String purpose, int... ids) {
        long h = mix(root);
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ b);
        }
        for (int id : ids) {
            h = mix(h ^ (id + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    public static SplittableRandom stream(long root, String purpose, int... ids) {
        return new SplittableRandom(derive(root, purpose, ids));
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
