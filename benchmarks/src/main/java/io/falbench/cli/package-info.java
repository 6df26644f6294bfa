/**
 * The falbench command line (picocli): run, report, list, datasets, bench. Uses every module; nothing depends on
 * it.
 */
package io.falbench.cli;
