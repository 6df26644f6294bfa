package io.falbench.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident memory (Linux: VmRSS of /proc/self/status), for the run log of long runs. */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    /** Resident megabytes, or -1 where the operating system does not say. */
    public static long megabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
