/**
 * Reports from results files alone: accuracy curves (XChart PNG) and report.md, from the rows of {@code results}, with
 * the sections of {@code claims} and {@code published}. The top of the module: {@code results}, {@code compare},
 * {@code claims} and {@code published} never use this package. Uses core's result types only.
 */
package io.falbench.reports;
