package io.falbench.datasets.format;

import java.io.IOException;
import java.nio.file.Path;

/** A data file that is not what its format says: names the file, what is wrong and what to do. */
public class DatasetFormatException extends IOException {

    public DatasetFormatException(Path file, String problem, String remedy) {
        super(file + ": " + problem + (remedy == null || remedy.isEmpty() ? "" : "; " + remedy));
    }

    public DatasetFormatException(String source, String problem, String remedy) {
        super(source + ": " + problem + (remedy == null || remedy.isEmpty() ? "" : "; " + remedy));
    }
}
