package io.falbench.protocol;

import io.falbench.fl.FederatedOptimizers;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.partition.Partitioners;
import io.falbench.registry.Entry;
import io.falbench.registry.Registry;
import io.falbench.settings.Key;
import io.falbench.strategy.StrategyRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Every protocol key falbench reads, each declared once: the sections' keys (the federated optimisers' options after the
 * federation's), then the options the registered partitions, modes and strategies declare, each once even when several entries read it ({@code assignment.metric}). docs/keys.md's key
 * table and {@code falbench list --keys} are written from here.
 */
public final class ProtocolKeys {

    public static final List<Key<?>> ALL;
    static final Registry<Key<?>> REGISTRY;

    static {
        List<Key<?>> all = new ArrayList<>();
        all.addAll(RunSection.KEYS);
        all.addAll(DataSection.KEYS);
        all.addAll(FederationSection.KEYS);
        all.addAll(FederatedOptimizers.REGISTRY.options());
        all.addAll(TrainingSection.KEYS);
        all.addAll(ActiveLearningSection.KEYS);
        all.addAll(LocalModelsSection.KEYS);
        all.addAll(Partitioners.REGISTRY.options());
        all.addAll(ModeRegistry.REGISTRY.options());
        StrategyRegistry.REGISTRY.options().stream().filter(k -> !all.contains(k)).forEach(all::add);
        ALL = List.copyOf(all);
        REGISTRY = new Registry<>("protocol key", ALL.stream().map(k -> Entry.<Key<?>>of(k.name(), k.meaning(), k))
                .toList());
    }

    private ProtocolKeys() {
    }

    /** The declaration of {@code name}; an unknown key names the nearest known ones. */
    static Key<?> get(String name, String where) {
        try {
            return REGISTRY.factory(name);
        } catch (IllegalArgumentException e) {
            throw new io.falbench.settings.SettingsException(where + ": " + e.getMessage());
        }
    }

    /** The key table of docs/keys.md: key, default, accepted values, meaning. */
    public static String markdownTable() {
        StringBuilder out = new StringBuilder("| key | default | accepts | meaning |\n|---|---|---|---|\n");
        for (Key<?> key : ALL) {
            out.append("| `").append(key.name()).append("` | ")
                    .append(key.defaultText().isEmpty() ? "" : "`" + key.defaultText() + "`").append(" | ")
                    .append(key.accepts()).append(" | ").append(key.meaning()).append(" |\n");
        }
        return out.toString();
    }
}
