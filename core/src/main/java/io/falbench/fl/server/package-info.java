/**
 * The server side of the federated boundary: global weights and their pluggable aggregation (FedAvg), federated
 * k-means over centroids, allocation of centroids to clients. Sees only fl.message records (checked by
 * FederatedBoundaryTest).
 */
package io.falbench.fl.server;
