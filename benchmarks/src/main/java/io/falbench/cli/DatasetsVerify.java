package io.falbench.cli;

import io.falbench.datasets.DatasetSpec;
import io.falbench.datasets.DatasetVerifier;
import io.falbench.datasets.FileCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code falbench datasets verify [NAME...]}: exit 0 only when every file's SHA-256 matches. */
@Command(name = "verify", description = "Check every file's SHA-256 (uncompressed content); exit 1 if any is missing or wrong.")
final class DatasetsVerify implements Callable<Integer> {

    @Parameters(paramLabel = "NAME",
            description = "data set names or aliases to verify (default: every one not embedded in the jar)")
    List<String> names;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() throws IOException {
        Path dir = dataDir.resolve();
        int bad = 0;
        for (DatasetSpec spec : DatasetNames.resolve(names)) {
            for (FileCheck check : DatasetVerifier.verify(spec, dir)) {
                if (check.ok()) {
                    System.out.println(check.message());
                } else {
                    System.err.println(check.message());
                    bad++;
                }
            }
        }
        if (bad > 0) {
            System.err.println(bad + " file(s) missing or corrupt under " + dir);
        }
        return bad == 0 ? 0 : 1;
    }
}
