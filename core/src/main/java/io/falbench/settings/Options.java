package io.falbench.settings;

import java.util.Map;

/**
 * Typed values of declared keys, as a mode or strategy factory reads its own options: by {@link Key}, never by a
 * string. Every value was parsed (validated) when the protocol was built.
 */
public final class Options {

    public static final Options DEFAULTS = new Options(Map.of());

    private final Map<Key<?>, Object> values;

    public Options(Map<Key<?>, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** The value of {@code key}: as the protocol set it, else its default. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        Object value = values.get(key);
        return value != null ? (T) value : key.defaultValue();
    }
}
