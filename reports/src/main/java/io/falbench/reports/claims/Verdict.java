package io.falbench.reports.claims;

/** The outcome of a claim on a run. */
public enum Verdict {
    REPRODUCED("reproduced"),
    NOT_REPRODUCED("not reproduced"),
    INCONCLUSIVE("inconclusive"),
    NOT_RUN("not run"),
    /** The claim's metric lies beyond every curve of the run (a point at a labelled share the protocol stops short of). */
    NOT_REACHED("not reached"),
    UNTESTED("not judged");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * All comparisons of a claim together: all not reached, else any not run (or not reached), else any not
     * reproduced, else all reproduced or inconclusive.
     */
    static Verdict of(java.util.List<Verdict> parts) {
        if (!parts.isEmpty() && parts.stream().allMatch(v -> v == NOT_REACHED)) {
            return NOT_REACHED;
        }
        if (parts.contains(NOT_RUN) || parts.contains(NOT_REACHED)) {
            return NOT_RUN;
        }
        if (parts.contains(NOT_REPRODUCED)) {
            return NOT_REPRODUCED;
        }
        return parts.stream().allMatch(v -> v == REPRODUCED) ? REPRODUCED : INCONCLUSIVE;
    }
}
