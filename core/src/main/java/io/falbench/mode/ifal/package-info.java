/**
 * IFAL (Zong, Jin and Huang, IJCAI 2025): the data-driven class probabilities of reverse nearest-neighbour votes, the
 * inter- and intra-model inconsistency criteria, the Otsu filter and the k-means selection.
 */
package io.falbench.mode.ifal;
