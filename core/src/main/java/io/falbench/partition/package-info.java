/**
 * Partitions of a training set over K clients (homogeneous, Dirichlet per class, balanced Dirichlet, K-Means
 * split) and their registry. Uses the datasets module and registry.
 */
package io.falbench.partition;
