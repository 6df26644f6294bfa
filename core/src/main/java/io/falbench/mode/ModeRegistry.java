package io.falbench.mode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** FAL modes by name, as protocol files and the command line name them. */
public final class ModeRegistry {

    private static final Map<String, Supplier<FalMode>> MODES = new LinkedHashMap<>();

    static {
        MODES.put("f-al", FederatedQuery::new);
    }

    private ModeRegistry() {
    }

    public static List<String> names() {
        return List.copyOf(MODES.keySet());
    }

    public static FalMode create(String name) {
        Supplier<FalMode> factory = MODES.get(name.trim().toLowerCase(Locale.ROOT));
        if (factory == null) {
            throw new IllegalArgumentException("unknown mode '" + name + "'; known: " + String.join(", ", names()));
        }
        return factory.get();
    }
}
