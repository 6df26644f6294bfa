package io.falbench.spark;

import io.falbench.experiment.RunFiles;
import io.falbench.files.WriteFailure;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A run directory on a Hadoop file system (hdfs://, s3a://, ...). A file is written whole or not at all: on a file
 * system with atomic rename (HDFS) to a temporary name and renamed; on an object store (s3a) directly, since an object
 * appears only when its upload completes. The writer lock is a file created exclusively.
 */
final class HadoopRunFiles implements RunFiles {

    private final FileSystem fs;
    private final Path root;

    HadoopRunFiles(FileSystem fs, Path root) {
        this.fs = fs;
        this.root = root;
    }

    static HadoopRunFiles open(String out, Map<String, String> hadoop) {
        Configuration conf = new Configuration();
        hadoop.forEach(conf::set);
        URI uri = URI.create(out);
        try {
            return new HadoopRunFiles(FileSystem.get(uri, conf), new Path(uri));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot open the file system of --out " + out + " (" + e.getMessage()
                    + "); check the URI, and for s3a put hadoop-aws and its AWS SDK on the class path"
                    + " (docs/spark.md)", e);
        }
    }

    private Path file(String relative) {
        return relative.isEmpty() ? root : new Path(root, relative);
    }

    /** Object stores rename by copying: there a direct write is the atomic one. */
    private boolean objectStore() {
        String scheme = fs.getUri().getScheme();
        return scheme.startsWith("s3") || scheme.equals("gs") || scheme.startsWith("abfs") || scheme.startsWith("wasb");
    }

    @Override
    public String where(String relative) {
        return file(relative).toString();
    }

    @Override
    public void prepare() throws IOException {
        try {
            if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
                throw new IOException("--out " + root + " is a file, not a directory; give a directory URI");
            }
            fs.mkdirs(root);
        } catch (IOException e) {
            throw new IOException("cannot create the run directory " + root + " (" + e.getMessage()
                    + "); give a writable --out", e);
        }
    }

    @Override
    public boolean isFile(String relative) throws IOException {
        try {
            return fs.getFileStatus(file(relative)).isFile();
        } catch (FileNotFoundException e) {
            return false;
        }
    }

    @Override
    public InputStream open(String relative) throws IOException {
        return fs.open(file(relative));
    }

    @Override
    public void write(String relative, Content content) throws IOException {
        Path target = file(relative);
        try {
            if (objectStore()) {
                try (OutputStream out = fs.create(target, true)) {
                    content.writeTo(out);
                }
                return;
            }
            Path temp = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".part");
            try {
                try (OutputStream out = fs.create(temp, false)) {
                    content.writeTo(out);
                }
                if (!fs.rename(temp, target)) {
                    // HDFS's rename does not replace an existing file: drop the old one, then rename
                    fs.delete(target, false);
                    if (!fs.rename(temp, target)) {
                        throw new IOException("rename of " + temp + " to " + target + " failed");
                    }
                }
            } finally {
                fs.delete(temp, false);
            }
        } catch (IOException e) {
            throw WriteFailure.of(target.toString(), e, WriteFailure.CELLS_KEPT);
        }
    }

    @Override
    public void delete(String relative) throws IOException {
        fs.delete(file(relative), false);
    }

    @Override
    public List<String> list(String folder) throws IOException {
        List<String> names = new ArrayList<>();
        try {
            for (FileStatus status : fs.listStatus(file(folder))) {
                if (status.isFile()) {
                    names.add(status.getPath().getName());
                }
            }
        } catch (FileNotFoundException e) {
            return List.of();
        }
        names.removeIf(name -> name.startsWith("."));
        names.sort(null);
        return names;
    }

    /** Read, extend, write again: not every Hadoop file system appends (object stores do not). */
    @Override
    public synchronized void append(String relative, String text) throws IOException {
        ByteArrayOutputStream existing = new ByteArrayOutputStream();
        if (isFile(relative)) {
            try (InputStream in = open(relative)) {
                in.transferTo(existing);
            }
        }
        existing.write(text.getBytes(StandardCharsets.UTF_8));
        write(relative, existing::writeTo);
    }

    /**
     * The lock file, created exclusively; it names its holder. A remote file system cannot tell whether that holder
     * still lives, so a lock left by a killed driver must be deleted by hand (the error says which file).
     */
    @Override
    public Lock lock(String command) throws IOException {
        Path lock = file("run.lock");
        String holder = "driver process " + ProcessHandle.current().pid() + " on "
                + java.net.InetAddress.getLocalHost().getHostName() + " (" + command + ", started " + Instant.now() + ")";
        try (OutputStream out = fs.create(lock, false)) {
            out.write((holder + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("run directory " + root + " is in use by " + read(lock) + "; wait for it to"
                    + " finish, or, if that driver is gone, delete " + lock, e);
        } catch (IOException e) {
            if (fs.exists(lock)) {
                throw new IOException("run directory " + root + " is in use by " + read(lock) + "; wait for it to"
                        + " finish, or, if that driver is gone, delete " + lock, e);
            }
            throw e;
        }
        return new Lock() {
            @Override
            public String previousHolder() {
                return "";
            }

            @Override
            public void close() throws IOException {
                fs.delete(lock, false);
            }
        };
    }

    private String read(Path file) {
        try (InputStream in = fs.open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "another run";
        }
    }
}
