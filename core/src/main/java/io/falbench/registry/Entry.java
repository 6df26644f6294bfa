package io.falbench.registry;

import io.falbench.settings.Key;
import java.util.List;

/**
 * One thing falbench knows by name (a strategy, a mode, a backend, a partition, an architecture, a data set, a
 * protocol): its name, other names it answers to, a one-line description, the protocol keys it reads, what it needs
 * from the round ({@link Need}), and the factory that makes it. This is the one declaration: listings print it and
 * the query step reads it.
 *
 * @param <F> the factory (or the value itself, for things that need no construction)
 */
public record Entry<F>(String name, List<String> aliases, String description, List<Key<?>> options,
                       List<Need> needs, F factory) {

    public Entry {
        aliases = List.copyOf(aliases);
        options = List.copyOf(options);
        needs = List.copyOf(needs);
    }

    public static <F> Entry<F> of(String name, String description, F factory) {
        return new Entry<>(name, List.of(), description, List.of(), List.of(), factory);
    }

    public Entry<F> aliases(String... names) {
        return new Entry<>(name, List.of(names), description, options, needs, factory);
    }

    public Entry<F> options(Key<?>... keys) {
        return new Entry<>(name, aliases, description, List.of(keys), needs, factory);
    }

    public Entry<F> needs(Need... what) {
        return new Entry<>(name, aliases, description, options, List.of(what), factory);
    }
}
