package io.falbench.cli;

import java.nio.file.Path;

/** The checkout falbench runs from (set by scripts/falbench as -Dfalbench.home), so defaults do not depend on the cwd. */
final class FalbenchHome {

    private FalbenchHome() {
    }

    static Path resolve(String relative) {
        String home = System.getProperty("falbench.home");
        return home == null ? Path.of(relative) : Path.of(home, relative);
    }
}
