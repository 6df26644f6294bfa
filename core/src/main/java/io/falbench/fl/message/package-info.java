/**
 * What crosses the federated boundary: numbers, arrays and model weights only, each message saying its size in
 * bytes. Uses model.Weights only; never a client, data or sample type (checked by FederatedBoundaryTest).
 */
package io.falbench.fl.message;
