package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per run directory: a live holder is named and refused; a dead one's lock is taken over. */
class RunLockTest {

    @TempDir
    Path runDir;

    /** Run in a child JVM: takes the lock, says so, then holds it until killed (or its standard input closes). */
    public static void main(String[] args) throws Exception {
        try (RunLock lock = RunLock.acquire(Path.of(args[0]), "lock holder")) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the lock however slow the machine: no time limit to race against
            }
        }
    }

    @Test
    void aSecondWriterIsRefusedWithTheHoldersNameAndGetsInAfterTheFirstCloses() throws IOException {
        try (RunLock first = RunLock.acquire(runDir, "first")) {
            assertThatThrownBy(() -> RunLock.acquire(runDir, "second"))
                    .hasMessageContaining("is in use by process " + ProcessHandle.current().pid() + " (first");
        }
        try (RunLock second = RunLock.acquire(runDir, "second")) {
            assertThat(second.previousHolder()).isEmpty();
        }
    }

    @Test
    void aLockHeldByAnotherProcessIsRefusedAndTakenOverOnceThatProcessIsKilled() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                RunLockTest.class.getName(), runDir.toString())).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> RunLock.acquire(runDir, "second"))
                    .hasMessageContaining("is in use by process " + holder.pid());
            holder.destroyForcibly();
            holder.waitFor();
            try (RunLock taken = RunLock.acquire(runDir, "second")) {
                assertThat(taken.previousHolder()).contains("process " + holder.pid());
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
