/**
 * Federated learning: the federation of clients, the channel every server-client message passes through (counting
 * its bytes), exchanges shaped like Flower strategies (configure, work, aggregate), and the training rounds of a
 * federated optimiser (FedAvg, FedProx, SCAFFOLD: fl.algorithm). Uses fl.client, fl.server, fl.message, model,
 * quirks, registry and settings.
 */
package io.falbench.fl;
