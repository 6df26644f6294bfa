/**
 * Federated learning: the federation of clients, the channel every server-client message passes through (counting
 * its bytes), exchanges shaped like Flower strategies (configure, work, aggregate), and FedAvg training rounds.
 * Uses fl.client, fl.server, fl.message and model.
 */
package io.falbench.fl;
