package io.falbench.datasets;

import java.nio.file.Path;

/** The outcome of checking one data file against its expected SHA-256. */
public record FileCheck(DatasetSpec dataset, DataFile file, Path path, Status status, String actualSha256) {

    public enum Status { OK, MISSING, MISMATCH }

    public boolean ok() {
        return status == Status.OK;
    }

    /** A line a user can act on. */
    public String message() {
        return switch (status) {
            case OK -> "ok       " + dataset.name() + "/" + file.name() + "  " + actualSha256;
            case MISSING -> "missing  " + path + "; run " + dataset.repairCommand();
            case MISMATCH -> "checksum mismatch for " + path + ": expected " + file.sha256() + ", got "
                    + actualSha256 + "; delete it and run " + dataset.repairCommand();
        };
    }
}
