/**
 * Readers and writers of the on-disk formats (IDX, CIFAR binary), with errors naming the file and the fix.
 */
package io.falbench.datasets.format;
