package io.falbench.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks every file of a data set by the SHA-256 of its uncompressed content. */
public final class DatasetVerifier {

    private DatasetVerifier() {
    }

    public static List<FileCheck> verify(DatasetSpec spec, Path dataDir) throws IOException {
        Path dir = spec.directory(dataDir);
        List<FileCheck> checks = new ArrayList<>();
        for (DataFile file : spec.files()) {
            Path path = dir.resolve(file.name());
            if (!Files.isRegularFile(path)) {
                checks.add(new FileCheck(spec, file, path, FileCheck.Status.MISSING, null));
                continue;
            }
            String actual = Sha256.of(path);
            FileCheck.Status status = actual.equals(file.sha256()) ? FileCheck.Status.OK : FileCheck.Status.MISMATCH;
            checks.add(new FileCheck(spec, file, path, status, actual));
        }
        return checks;
    }

    public static boolean allOk(List<FileCheck> checks) {
        return checks.stream().allMatch(FileCheck::ok);
    }
}
