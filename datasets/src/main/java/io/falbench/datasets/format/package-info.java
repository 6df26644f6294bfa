/**
 * Readers and writers of the on-disk formats (IDX, CIFAR binary), with errors naming the file and the fix
 * ({@link io.falbench.datasets.format.DatasetFormatException}). Uses {@code io.falbench.datasets.image} only.
 */
package io.falbench.datasets.format;
