package io.falbench.fl;

/**
 * When FedAvg's learning rate steps down within one AL round. Relative (the reference code's rule, FairFAL and LoGo
 * {@code adjust_learning_rate}): every communication round r (0-based) with r > int(fraction x rounds) decays, so a
 * reduced protocol decays like the full one (100 rounds: 76..99; 20 rounds: 16..19). Absolute: every round
 * r >= {@code round}, whatever the number of rounds.
 *
 * @param fraction the fraction of the rounds after which the rate decays (relative), else NaN
 * @param round    the first decayed round (absolute), else -1
 */
public record DecaySchedule(double fraction, int round) {

    public static DecaySchedule relative(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("a decay fraction must be in [0, 1], got " + fraction);
        }
        return new DecaySchedule(fraction, -1);
    }

    public static DecaySchedule absolute(int round) {
        if (round < 0) {
            throw new IllegalArgumentException("a decay round cannot be negative, got " + round);
        }
        return new DecaySchedule(Double.NaN, round);
    }

    /** {@code 75%} (relative) or {@code 75} (absolute round). */
    public static DecaySchedule parse(String text) {
        String trimmed = text.strip();
        if (trimmed.endsWith("%")) {
            return relative(Double.parseDouble(trimmed.substring(0, trimmed.length() - 1).strip()) / 100);
        }
        return absolute(Integer.parseInt(trimmed));
    }

    public boolean isRelative() {
        return round < 0;
    }

    /** Whether communication round {@code r} (0-based) of {@code rounds} runs at the decayed rate. */
    public boolean decays(int r, int rounds) {
        return isRelative() ? r > (int) (fraction * rounds) : r >= round;
    }
}
