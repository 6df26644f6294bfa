/**
 * Statistics of paired differences, one per seed (the unit of replication): the exact Wilcoxon signed-rank test
 * ({@link io.falbench.reports.stats.WilcoxonSignedRank}), the sign-flip permutation test
 * ({@link io.falbench.reports.stats.SignFlipPermutation}), the paired t test and its interval
 * ({@link io.falbench.reports.stats.PairedT}), TOST equivalence ({@link io.falbench.reports.stats.Tost}), Holm's
 * adjustment ({@link io.falbench.reports.stats.Holm}) and the seeds needed for power
 * ({@link io.falbench.reports.stats.SeedsNeeded}). A leaf: no other falbench package. docs/statistics.md says when
 * each is used and how a claim's outcome follows.
 */
package io.falbench.reports.stats;
