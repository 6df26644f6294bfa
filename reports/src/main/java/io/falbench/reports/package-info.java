/**
 * Reports from results files alone: results.csv reading, accuracy curves (XChart PNG) and report.md. Uses core's
 * result types only.
 */
package io.falbench.reports;
