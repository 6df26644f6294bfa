package io.falbench.datasets;

import io.falbench.datasets.fetch.FetchRequest;
import io.falbench.datasets.format.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Brings a copy of a data set that the user already has into the data directory, for machines that cannot reach the
 * publisher. A copy is the publisher's archive (checked by its SHA-256 before it is opened, where the data set
 * declares one), a tar or tar.gz holding the files (where it declares none), a file of the data set (plain or
 * .gz), or a folder holding such files. Everything is unpacked into a scratch folder inside the data directory and
 * verified there; the files move into place only when each verifies and the data set is complete, so a refused
 * import leaves the data directory as it was.
 */
public final class DatasetImporter {

    private final Consumer<String> log;

    public DatasetImporter(Consumer<String> log) {
        this.log = log;
    }

    /** Imports {@code spec} from {@code copies}; returns the final checks (all OK) or throws saying why not. */
    public List<FileCheck> importFrom(DatasetSpec spec, List<Path> copies, Path dataDir) throws IOException {
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("nothing to import " + spec.name() + " from");
        }
        Path scratch = ScratchFolder.create(dataDir, ".import-");
        try {
            Map<String, String> origins = new LinkedHashMap<>();
            try {
                for (Path copy : copies) {
                    stage(spec, copy, spec.directory(scratch), origins);
                }
            } catch (IOException e) {
                throw refusal(spec, dataDir, List.of(e.getMessage()), e);
            }
            List<FileCheck> staged = DatasetVerifier.verify(spec, scratch);
            List<FileCheck> present = DatasetVerifier.verify(spec, dataDir);
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < staged.size(); i++) {
                FileCheck check = staged.get(i);
                DataFile file = check.file();
                if (check.status() == FileCheck.Status.MISMATCH) {
                    long size = Files.size(check.path());
                    problems.add(origins.get(file.name()) + ": SHA-256 " + check.actualSha256() + ", expected "
                            + file.sha256() + " for " + spec.name() + "/" + file.name()
                            + (size == file.bytes() ? "" : " (" + size + " bytes, expected " + file.bytes()
                            + (size < file.bytes() ? ": truncated?" : "") + ")"));
                } else if (check.status() == FileCheck.Status.MISSING && !present.get(i).ok()) {
                    problems.add("no " + file.name() + " in " + copies.stream().map(Path::toString)
                            .collect(Collectors.joining(", ")) + " (nor a verified one in " + spec.directory(dataDir)
                            + ")");
                }
            }
            if (!problems.isEmpty()) {
                throw refusal(spec, dataDir, problems, null);
            }
            Path target = Files.createDirectories(spec.directory(dataDir));
            for (FileCheck check : staged) {
                if (check.ok()) {
                    Files.move(check.path(), target.resolve(check.file().name()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                    log.accept("  imported " + target.resolve(check.file().name()) + " from "
                            + origins.get(check.file().name()) + " (SHA-256 verified)");
                }
            }
            List<FileCheck> checks = DatasetVerifier.verify(spec, dataDir);
            log.accept(spec.name() + ": all " + checks.size() + " files verified");
            return checks;
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    private void stage(DatasetSpec spec, Path copy, Path staging, Map<String, String> origins) throws IOException {
        Set<String> wanted = spec.files().stream().map(DataFile::name).collect(Collectors.toSet());
        FetchRequest request = new FetchRequest(wanted, staging, staging, line -> { });
        if (Files.isDirectory(copy)) {
            stageFolder(spec, copy, request, origins);
        } else if (!Files.isRegularFile(copy)) {
            throw new IOException(copy + ": no such file or folder; give the archive, a file of " + spec.name()
                    + " or a folder holding its files");
        } else if (wanted.contains(memberName(copy))) {
            stageFile(copy, request, origins);
        } else {
            stageArchive(spec, copy, request, origins);
        }
    }

    private static void stageFolder(DatasetSpec spec, Path folder, FetchRequest request, Map<String, String> origins)
            throws IOException {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(folder)) {
            found = walk.filter(Files::isRegularFile).filter(p -> request.wantedFiles().contains(memberName(p)))
                    .sorted().toList();
        }
        if (found.isEmpty()) {
            throw new IOException(folder + ": holds none of the files of " + spec.name() + " ("
                    + String.join(", ", spec.files().stream().map(DataFile::name).toList()) + ")");
        }
        Map<String, Path> seen = new LinkedHashMap<>();
        for (Path file : found) {
            Path before = seen.putIfAbsent(memberName(file), file);
            if (before != null) {
                throw new IOException(folder + ": holds two copies of " + memberName(file) + " (" + before + " and "
                        + file + "); give the one to import");
            }
        }
        for (Path file : found) {
            stageFile(file, request, origins);
        }
    }

    private static void stageFile(Path file, FetchRequest request, Map<String, String> origins) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String name = request.accept(file.getFileName().toString(), in);
            origins.put(name, file.toString());
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private void stageArchive(DatasetSpec spec, Path copy, FetchRequest request, Map<String, String> origins)
            throws IOException {
        Optional<DataFile> archive = spec.archive();
        String fix = "unpack it and import the folder, or download it again";
        if (archive.isPresent()) {
            checkArchive(copy, archive.get());
            fix = "download it again";
        }
        Set<String> written;
        try (InputStream in = DataFiles.openDecompressed(Files.newInputStream(copy))) {
            written = request.acceptTar(in, copy.toString(), fix);
        }
        if (written.isEmpty()) {
            throw new IOException(copy + ": holds none of the files of " + spec.name() + " ("
                    + String.join(", ", spec.files().stream().map(DataFile::name).toList()) + ")");
        }
        for (String name : written) {
            origins.put(name, copy + " (its " + name + ")");
        }
    }

    private void checkArchive(Path copy, DataFile archive) throws IOException {
        long size = Files.size(copy);
        String actual = Sha256.of(copy);
        if (!actual.equals(archive.sha256())) {
            throw new IOException(copy + ": not the publisher's " + archive.name() + ": SHA-256 " + actual
                    + ", expected " + archive.sha256() + (size == archive.bytes() ? "" : " (" + size
                    + " bytes, expected " + archive.bytes() + (size < archive.bytes() ? ": truncated?" : "") + ")")
                    + "; download it again, or, if it is another packing of the same files, unpack it and import"
                    + " the folder (each file is verified)");
        }
        log.accept("  " + copy + ": the publisher's " + archive.name() + " (SHA-256 verified)");
    }

    /** A file's name as a data file: without its .gz. */
    private static String memberName(Path file) {
        String base = file.getFileName().toString();
        return base.endsWith(".gz") ? base.substring(0, base.length() - 3) : base;
    }

    private static IOException refusal(DatasetSpec spec, Path dataDir, List<String> problems, IOException cause) {
        return new IOException("refused to import " + spec.name() + " (nothing written to " + spec.directory(dataDir)
                + "):\n  " + String.join("\n  ", problems), cause);
    }
}
