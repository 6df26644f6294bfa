/**
 * Protocols: a protocol file parsed once into typed sections (run, data, federation, training, active learning,
 * local models) plus the modes' own options, every key declared once in {@link io.falbench.protocol.ProtocolKeys};
 * the shipped protocols found on the class path; the cells (partition x mode x strategy x seed). Uses the registries
 * of strategy, mode, partition, model and kernels to check names; never runs anything.
 */
package io.falbench.protocol;
