/**
 * Two runs compared for a CI gate: each learning curve reduced to one number ({@link
 * io.falbench.reports.compare.CurveMetric}), seeds paired by seed number, the difference with the paired t interval
 * and tests of io.falbench.reports.stats ({@link io.falbench.reports.compare.PairedDifference}), arm by arm, unpaired
 * arms and seeds listed ({@link io.falbench.reports.compare.RunComparison}).
 */
package io.falbench.reports.compare;
