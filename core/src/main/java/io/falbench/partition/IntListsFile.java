package io.falbench.partition;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the JSON list of integer lists that the file-based partitions take, with errors that name the file. */
final class IntListsFile {

    private IntListsFile() {
    }

    /**
     * {@code what} names the file in errors (e.g. "partition file"), {@code expected} says what it must hold,
     * with an example (e.g. "a JSON list of index lists (e.g. [[0, 5], [1, 2]])").
     */
    static int[][] read(Path file, String what, String expected) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(what + " " + file.toAbsolutePath() + " does not exist");
        }
        try {
            return new ObjectMapper().readValue(file.toFile(), int[][].class);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " " + file + " is not " + expected + ": " + e.getMessage(), e);
        }
    }
}
