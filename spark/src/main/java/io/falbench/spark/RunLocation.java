package io.falbench.spark;

import io.falbench.experiment.RunFiles;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** A run directory given as a path or a URI: local folders as they are, any other scheme through Hadoop. */
public final class RunLocation {

    private RunLocation() {
    }

    /** True for a plain path or a file: URI (the local file system). */
    public static boolean isLocal(String out) {
        String scheme = scheme(out);
        return scheme == null || scheme.equals("file");
    }

    /** The run directory's files; {@code hadoop} holds Hadoop settings (the Spark configuration's spark.hadoop.*). */
    public static RunFiles open(String out, Map<String, String> hadoop) {
        if (isLocal(out)) {
            return RunFiles.local(localPath(out));
        }
        return HadoopRunFiles.open(out, hadoop);
    }

    /** The local path of a plain path or file: URI. */
    public static Path localPath(String out) {
        return "file".equals(scheme(out)) ? Path.of(URI.create(out)) : Path.of(out);
    }

    private static String scheme(String out) {
        if (!out.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null;
        }
        try {
            return new URI(out).getScheme();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--out " + out + " is not a valid path or URI (" + e.getMessage()
                    + "); give a folder or a URI such as hdfs://namenode:8020/falbench/runs/NAME", e);
        }
    }
}
