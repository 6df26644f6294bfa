package io.falbench.protocol;

import io.falbench.mode.Quotas;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.settings.Key;
import io.falbench.settings.Options;
import io.falbench.settings.SampleCount;
import io.falbench.strategy.StrategyRegistry;
import java.util.List;

/** The active-learning schedule: initial labels, budget per round, rounds, how a round's budget is split, and the
 * strategies and modes compared. */
public record ActiveLearningSection(SampleCount initial, SampleCount query, int rounds, String quota,
                                    String initialQuota, List<String> strategies, List<String> modes) {

    static final Key<SampleCount> INITIAL = Key.count("al.initial", "5%",
            "labelled at random before the first round, split over clients by al.initial_quota");
    static final Key<SampleCount> QUERY = Key.count("al.query", "5%", "query budget of each AL round, all clients");
    static final Key<Integer> ROUNDS = Key.integer("al.rounds", 8, 0, 100_000, "AL query rounds");
    static final Key<String> QUOTA = Key.name("al.quota", "equal", "equal, equal-floor, proportional or"
            + " client-size", "how a round's budget is split over clients", Quotas.RULES::canonical);
    static final Key<String> INITIAL_QUOTA = Key.name("al.initial_quota", "equal", "equal, equal-floor,"
            + " proportional or client-size", "how the initial labels are split over clients (KAFAL: client-size)",
            Quotas.RULES::canonical);
    static final Key<List<String>> STRATEGIES = Key.names("strategies", "random, margin", "strategies",
            "query strategies compared (modes with their own rule ignore them)", StrategyRegistry.REGISTRY::canonical,
            StrategyRegistry::names);
    static final Key<List<String>> MODES = Key.names("modes", "f-al", "modes", "FAL modes compared",
            ModeRegistry.REGISTRY::canonical, ModeRegistry::names);

    static final List<Key<?>> KEYS = List.of(INITIAL, QUERY, ROUNDS, QUOTA, INITIAL_QUOTA, STRATEGIES, MODES);

    static ActiveLearningSection from(Options o) {
        return new ActiveLearningSection(o.get(INITIAL), o.get(QUERY), o.get(ROUNDS), o.get(QUOTA),
                o.get(INITIAL_QUOTA), o.get(STRATEGIES), o.get(MODES));
    }
}
