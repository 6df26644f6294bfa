package io.falbench.registry;

import io.falbench.settings.Key;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named entries of one kind, in the order they were registered. Names are matched without regard to case or
 * surrounding blanks, aliases included; an unknown name is an {@link UnknownNameException} naming the entries whose
 * names or aliases are nearest. The command line's listings, protocol validation and error messages all derive from
 * the entries.
 *
 * @param <F> what an entry makes
 */
public final class Registry<F> {

    private final String kind;
    private final List<Entry<F>> entries;
    private final Map<String, Entry<F>> byName = new LinkedHashMap<>();

    @SafeVarargs
    public Registry(String kind, Entry<F>... entries) {
        this(kind, List.of(entries));
    }

    public Registry(String kind, List<Entry<F>> entries) {
        this.kind = kind;
        this.entries = List.copyOf(entries);
        for (Entry<F> entry : this.entries) {
            add(entry.name(), entry);
            entry.aliases().forEach(alias -> add(alias, entry));
        }
    }

    private void add(String name, Entry<F> entry) {
        if (byName.putIfAbsent(normal(name), entry) != null) {
            throw new IllegalStateException(kind + " '" + name + "' registered twice");
        }
    }

    /** What this registry holds, in words ("strategy", "kernels backend"). */
    public String kind() {
        return kind;
    }

    public Entry<F> get(String name) {
        Entry<F> entry = byName.get(normal(name));
        if (entry == null) {
            List<String> nearest = NearestNames.of(normal(name), byName.keySet()).stream()
                    .map(near -> byName.get(near).name()).distinct().toList();
            throw new UnknownNameException(kind, name, nearest, names());
        }
        return entry;
    }

    public F factory(String name) {
        return get(name).factory();
    }

    /** The canonical name of {@code name} (itself or the entry an alias points to). */
    public String canonical(String name) {
        return get(name).name();
    }

    public boolean contains(String name) {
        return byName.containsKey(normal(name));
    }

    public List<Entry<F>> entries() {
        return entries;
    }

    public List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /** The protocol keys every entry reads, each once, in registration order. */
    public List<Key<?>> options() {
        List<Key<?>> keys = new ArrayList<>();
        for (Entry<F> entry : entries) {
            entry.options().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        }
        return keys;
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
