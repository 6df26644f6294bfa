package io.falbench.datasets;

/** The on-disk formats falbench reads. */
public enum DatasetFormat {
    /** LeCun's IDX: an images file and a labels file per split. */
    IDX,
    /** The CIFAR-10 binary version: label byte + 3072 pixel bytes per record. */
    CIFAR_BINARY,
    /** The CIFAR-100 binary version: coarse label byte + fine label byte + 3072 pixel bytes; the fine label is read. */
    CIFAR100_BINARY
}
