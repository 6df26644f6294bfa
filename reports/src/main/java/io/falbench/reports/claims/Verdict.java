package io.falbench.reports.claims;

/** The outcome of a claim on a run. */
public enum Verdict {
    REPRODUCED("reproduced"),
    NOT_REPRODUCED("not reproduced"),
    INCONCLUSIVE("inconclusive"),
    NOT_RUN("not run"),
    UNTESTED("not judged");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }

    /** All comparisons of a claim together: any not run, else any not reproduced, else all reproduced or inconclusive. */
    static Verdict of(java.util.List<Verdict> parts) {
        if (parts.contains(NOT_RUN)) {
            return NOT_RUN;
        }
        if (parts.contains(NOT_REPRODUCED)) {
            return NOT_REPRODUCED;
        }
        return parts.stream().allMatch(v -> v == REPRODUCED) ? REPRODUCED : INCONCLUSIVE;
    }
}
