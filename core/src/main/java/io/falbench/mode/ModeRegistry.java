package io.falbench.mode;

import io.falbench.kernels.Kernels;
import io.falbench.mode.fairfal.FairFalQuery;
import io.falbench.strategy.StrategyRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** FAL modes by name, as protocol files and the command line name them. */
public final class ModeRegistry {

    /** Options of the modes that have them (protocol keys fairfal.delta, fairfal.kappa, fal_global.refine_rounds). */
    public record Options(double fairFalDelta, double fairFalKappa, int falGlobalRefineRounds) {
        public static final Options DEFAULTS = new Options(0.75, 4, 0);
    }

    private static final Map<String, Function<Kernels, FalMode>> FIXED = new LinkedHashMap<>();

    static {
        FIXED.put("f-al", k -> new FederatedQuery());
        FIXED.put("s-al", k -> new SeparatedQuery());
        FIXED.put("fal-local", k -> new LocalFineTunedQuery());
        FIXED.put("kafal", k -> new KafalQuery());
        FIXED.put("logo", LogoQuery::new);
        FIXED.put("centralized", k -> new CentralizedQuery());
        FIXED.put("client-alone", k -> new ClientAloneQuery());
    }

    private ModeRegistry() {
    }

    public static List<String> names() {
        List<String> names = new java.util.ArrayList<>(FIXED.keySet());
        names.addAll(2, List.of("fal-global", "fal-global-noquota"));
        names.add("fairfal");
        return List.copyOf(names);
    }

    /** A fresh mode (modes may keep state across a cell's rounds, e.g. FairFAL's frozen gamma_bar). */
    public static FalMode create(String name, Kernels kernels, Options options) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "fal-global" -> new FalGlobalQuery(kernels, true, options.falGlobalRefineRounds(), StrategyRegistry.BETA);
            case "fal-global-noquota" -> new FalGlobalQuery(kernels, false, options.falGlobalRefineRounds(),
                    StrategyRegistry.BETA);
            case "fairfal" -> new FairFalQuery(kernels, options.fairFalDelta(), options.fairFalKappa());
            default -> {
                Function<Kernels, FalMode> factory = FIXED.get(key);
                if (factory == null) {
                    throw new IllegalArgumentException("unknown mode '" + name + "'; known: " + String.join(", ", names()));
                }
                yield factory.apply(kernels);
            }
        };
    }

    /** Whether the named mode brings its own query rule (the protocol's strategies do not apply). */
    public static boolean ownsQueryRule(String name) {
        return create(name, null, Options.DEFAULTS).ownsQueryRule();
    }
}
