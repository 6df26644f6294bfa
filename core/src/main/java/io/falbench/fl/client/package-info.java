/**
 * The client side of the federated boundary: a client owns its raw samples, pools, labels and local models, and
 * answers the server only with fl.message records.
 */
package io.falbench.fl.client;
