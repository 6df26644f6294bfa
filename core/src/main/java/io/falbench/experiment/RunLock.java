package io.falbench.experiment;

import io.falbench.files.WriteFailure;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One writer per run directory: an operating-system lock on {@code run.lock}, which names its holder (process id,
 * command, start time). A second run on the same directory is refused with the holder's name; the operating system
 * drops the lock when its process dies however it dies, so a stale lock file is simply taken over.
 */
public final class RunLock implements RunFiles.Lock {

    static final String FILE = "run.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final String previousHolder;

    private RunLock(FileChannel channel, FileLock lock, String previousHolder) {
        this.channel = channel;
        this.lock = lock;
        this.previousHolder = previousHolder;
    }

    /** Takes the lock of {@code runDir} (creating it), or says who holds it. */
    public static RunLock acquire(Path runDir, String command) throws IOException {
        Path file = runDir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        String holder = read(channel);
        if (lock == null) {
            channel.close();
            throw new IOException("run directory " + runDir + " is in use by " + (holder.isEmpty() ? "another run"
                    : holder) + "; wait for it to finish, or give another --out");
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + " (" + command + ", started "
                    + Instant.now() + ")\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
        } catch (IOException e) {
            channel.close();
            throw WriteFailure.of(file.toString(), e, WriteFailure.CELLS_KEPT);
        }
        return new RunLock(channel, lock, holder);
    }

    /**
     * The lock file's text, read through the locking channel itself: closing any other descriptor of the file would
     * drop this process's lock (POSIX record locks belong to the process and the file, not to the descriptor).
     */
    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    }

    @Override
    public String previousHolder() {
        return previousHolder;
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            channel.truncate(0);
            lock.release();
            channel.close();
        }
    }
}
