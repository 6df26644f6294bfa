package io.falbench.datasets;

import io.falbench.datasets.fetch.DatasetSource;
import io.falbench.datasets.fetch.EmbeddedResource;
import io.falbench.datasets.fetch.FetchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Brings a data set into the data directory: keeps files that already verify, tries the canonical
 * source first and each fallback after it, and accepts a source only when every file verifies.
 */
public final class DatasetFetcher {

    private final Consumer<String> log;

    public DatasetFetcher(Consumer<String> log) {
        this.log = log;
    }

    /** Fetches what is missing or wrong; returns the final per-file checks (all OK) or throws naming each source's failure. */
    public List<FileCheck> fetch(DatasetSpec spec, Path dataDir, boolean allowCanonical) throws IOException {
        List<FileCheck> checks = DatasetVerifier.verify(spec, dataDir);
        if (DatasetVerifier.allOk(checks)) {
            log.accept(spec.name() + ": all " + checks.size() + " files present and verified");
            return checks;
        }
        List<String> failures = new ArrayList<>();
        for (DatasetSource source : spec.sources()) {
            if (source.canonical() && !allowCanonical && !(source instanceof EmbeddedResource)) {
                continue;
            }
            Set<String> wanted = new LinkedHashSet<>();
            for (FileCheck check : checks) {
                if (!check.ok()) {
                    wanted.add(check.file().name());
                }
            }
            log.accept(spec.name() + ": fetching " + wanted.size() + " file(s) from " + source.describe());
            Path work = ScratchFolder.create(dataDir, ".fetch-");
            try {
                source.fetch(new FetchRequest(Set.copyOf(wanted), spec.directory(dataDir), work, log));
            } catch (IOException | RuntimeException e) {
                String why = source.describe() + ": " + reason(e);
                failures.add(why);
                log.accept("  failed: " + why + (source.canonical() ? "; trying the fallback" : ""));
                continue;
            } finally {
                ScratchFolder.delete(work);
            }
            checks = DatasetVerifier.verify(spec, dataDir);
            if (DatasetVerifier.allOk(checks)) {
                log.accept(spec.name() + ": all " + checks.size() + " files verified (from " + source.describe() + ")");
                return checks;
            }
            for (FileCheck check : checks) {
                if (!check.ok()) {
                    failures.add(source.describe() + ": " + check.message());
                    log.accept("  " + check.message());
                    if (check.status() == FileCheck.Status.MISMATCH) {
                        Files.deleteIfExists(check.path());
                    }
                }
            }
        }
        throw new IOException("could not fetch " + spec.name() + " (files: "
                + String.join(", ", spec.files().stream().map(DataFile::name).toList()) + "):\n  "
                + String.join("\n  ", failures));
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        String name = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return cause != null && cause.getMessage() != null ? name + " (" + cause.getMessage() + ")" : name + " (unreachable)";
        }
        return message;
    }
}
