/**
 * The server side of the federated boundary: global weights and their pluggable aggregation (FedAvg, a server
 * learning rate), SCAFFOLD's server control variate, federated k-means over centroids, allocation of centroids to
 * clients. Sees only fl.message records (checked by
 * FederatedBoundaryTest).
 */
package io.falbench.fl.server;
