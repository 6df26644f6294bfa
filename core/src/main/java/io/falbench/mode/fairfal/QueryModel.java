package io.falbench.mode.fairfal;

/**
 * Which model a FairFAL client queries with (Zong and Huang, CVPR 2026): the paper's adaptive rule (step 6), or, for
 * its study of query models and its ablation, the global or the local model for every client, or the model the rule
 * did not choose (the "opposite model" row of the paper's ablation, read as the rule's choice reversed).
 */
public enum QueryModel {
    ADAPTIVE, GLOBAL, LOCAL, OPPOSITE;

    /** Whether the client queries with the global model, given the adaptive rule's choice. */
    public boolean useGlobal(boolean ruleChoosesGlobal) {
        return switch (this) {
            case ADAPTIVE -> ruleChoosesGlobal;
            case GLOBAL -> true;
            case LOCAL -> false;
            case OPPOSITE -> !ruleChoosesGlobal;
        };
    }
}
