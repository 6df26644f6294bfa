/**
 * Two runs compared for a CI gate: each learning curve reduced to one number ({@link
 * io.falbench.reports.compare.CurveMetric}), seeds paired by index, the difference with a bootstrap interval and
 * paired tests ({@link io.falbench.reports.compare.PairedDifference}, Apache Commons Math), arm by arm ({@link
 * io.falbench.reports.compare.RunComparison}).
 */
package io.falbench.reports.compare;
