/**
 * Running protocols: the runner over cells (resumable run directories), the cell runner's named steps (set up,
 * train, evaluate, query, record), round results as small records, provenance, results files written atomically.
 * Uses every other core package; nothing in core depends on it.
 */
package io.falbench.experiment;
