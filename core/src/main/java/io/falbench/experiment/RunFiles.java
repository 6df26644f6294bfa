package io.falbench.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of a run directory, wherever it lies: a local folder ({@link LocalRunFiles}) or a distributed file system
 * (the Spark engine's Hadoop implementation, for {@code hdfs://} and {@code s3a://}). Paths are relative to the run
 * directory, '/'-separated. Every write is whole or absent: a reader never sees half a cell file or checkpoint.
 */
public interface RunFiles {

    /** Writes the content of a file through a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The one writer of a run directory, held while a run lasts. */
    interface Lock extends AutoCloseable {

        /** Who held the lock before (a process that is gone), or empty when it was new or released cleanly. */
        String previousHolder();

        @Override
        void close() throws IOException;
    }

    /** A local folder. */
    static RunFiles local(Path runDir) {
        return new LocalRunFiles(runDir);
    }

    /** The full path or URI of a file, for messages. */
    String where(String relative);

    /** Creates the run directory if needed; a clear error when it cannot be written. */
    void prepare() throws IOException;

    boolean isFile(String relative) throws IOException;

    InputStream open(String relative) throws IOException;

    /** Writes a file atomically: readers see the old content or the new, never a part. */
    void write(String relative, Content content) throws IOException;

    void delete(String relative) throws IOException;

    /** The names of the files directly in {@code folder}, sorted; empty when it does not exist. */
    List<String> list(String folder) throws IOException;

    /** Appends text to a log file (creating it). */
    void append(String relative, String text) throws IOException;

    /** Takes the run directory's writer lock, or says who holds it. */
    Lock lock(String command) throws IOException;
}
