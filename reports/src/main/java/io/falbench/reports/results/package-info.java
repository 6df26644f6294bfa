/**
 * results.csv read back: {@link io.falbench.reports.results.ResultsReader} (by header names) into
 * {@link io.falbench.reports.results.ResultRow}s, the rows every report section, comparison and claim reads. The leaf
 * of the reports module: uses nothing else in falbench.
 */
package io.falbench.reports.results;
