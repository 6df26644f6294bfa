package io.falbench.datasets;

import java.nio.file.Path;
import java.util.Map;

/** Where data sets live: {@code --data-dir}, else {@code FALBENCH_DATA}, else {@code ~/.falbench/data}. */
public final class DataDirectory {

    public static final String ENVIRONMENT_VARIABLE = "FALBENCH_DATA";

    private DataDirectory() {
    }

    public static Path resolve(Path override) {
        return resolve(override, System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(Path override, Map<String, String> environment, String userHome) {
        if (override != null) {
            return override.toAbsolutePath().normalize();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath().normalize();
        }
        return Path.of(userHome, ".falbench", "data");
    }
}
