package io.falbench.datasets.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a package client (npm, apt-get, dpkg-deb) by name and reports a failure a user can act on. */
final class Commands {

    private Commands() {
    }

    /** Runs {@code command} in {@code dir}; returns its standard output; throws with its output on failure. */
    static String run(List<String> command, Path dir, String installHint) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("cannot run '" + command.get(0) + "' (" + e.getMessage() + "); " + installHint, e);
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(20, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("'" + String.join(" ", command) + "' took over 20 minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("'" + String.join(" ", command) + "' exited with " + process.exitValue()
                    + ": " + lastLines(output, 5));
        }
        return output;
    }

    private static String lastLines(String text, int count) {
        String[] lines = text.strip().split("\n");
        return String.join(" | ", List.of(lines).subList(Math.max(0, lines.length - count), lines.length));
    }
}
