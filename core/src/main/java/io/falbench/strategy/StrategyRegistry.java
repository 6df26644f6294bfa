package io.falbench.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Query strategies by name, as protocol files and the command line name them. */
public final class StrategyRegistry {

    private static final Map<String, Supplier<QueryStrategy>> STRATEGIES = new LinkedHashMap<>();

    static {
        STRATEGIES.put("random", RandomSampling::new);
        STRATEGIES.put("margin", MarginSampling::new);
    }

    private StrategyRegistry() {
    }

    public static List<String> names() {
        return List.copyOf(STRATEGIES.keySet());
    }

    public static QueryStrategy create(String name) {
        Supplier<QueryStrategy> factory = STRATEGIES.get(name.trim().toLowerCase(Locale.ROOT));
        if (factory == null) {
            throw new IllegalArgumentException("unknown strategy '" + name + "'; known: " + String.join(", ", names()));
        }
        return factory.get();
    }
}
