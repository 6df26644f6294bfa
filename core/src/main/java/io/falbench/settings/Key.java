package io.falbench.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The one declaration of a protocol key: name, type, default, accepted range and a one-line meaning. Parsing is
 * validation: {@link #parse} either returns a usable value or throws a {@link SettingsException} that names the key,
 * the value, where it came from and what is accepted.
 *
 * @param <T> the typed value
 */
public final class Key<T> {

    /** The word a names key may take for every name it knows. */
    public static final String ALL = "all";

    private final String name;
    private final String defaultText;
    private final String accepts;
    private final String meaning;
    private final Function<String, T> parser;
    private final UnaryOperator<String> expand;

    private Key(String name, String defaultText, String accepts, String meaning, Function<String, T> parser,
                UnaryOperator<String> expand) {
        this.name = Objects.requireNonNull(name);
        this.defaultText = Objects.requireNonNull(defaultText);
        this.accepts = accepts;
        this.meaning = meaning;
        this.parser = parser;
        this.expand = expand;
    }

    /** A key of any type: {@code parser} throws an IllegalArgumentException whose message says what is wrong. */
    public static <T> Key<T> of(String name, String defaultText, String accepts, String meaning,
                                Function<String, T> parser) {
        return new Key<>(name, defaultText, accepts, meaning, parser, UnaryOperator.identity());
    }

    public static Key<Integer> integer(String name, int defaultValue, int min, int max, String meaning) {
        String accepts = min == Integer.MIN_VALUE && max == Integer.MAX_VALUE ? "integer"
                : max == Integer.MAX_VALUE ? "integer >= " + min : "integer in [" + min + ", " + max + "]";
        return of(name, Integer.toString(defaultValue), accepts, meaning, text -> {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        });
    }

    /** A real number in [min, max] (written as {@code defaultText}, so the resolved configuration keeps its form). */
    public static Key<Double> decimal(String name, String defaultText, double min, double max, String meaning) {
        String accepts = max == Double.POSITIVE_INFINITY ? "number >= " + trim(min)
                : "number in [" + trim(min) + ", " + trim(max) + "]";
        return of(name, defaultText, accepts, meaning, text -> {
            double value = Double.parseDouble(text.strip());
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        });
    }

    /** A real number in (0, max]: rates and ratios that must be positive. */
    public static Key<Double> positive(String name, String defaultText, double max, String meaning) {
        String accepts = max == Double.POSITIVE_INFINITY ? "number > 0" : "number in (0, " + trim(max) + "]";
        return of(name, defaultText, accepts, meaning, text -> {
            double value = Double.parseDouble(text.strip());
            if (!(value > 0 && value <= max)) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        });
    }

    public static Key<Boolean> bool(String name, boolean defaultValue, String meaning) {
        return of(name, Boolean.toString(defaultValue), "true or false", meaning, text -> switch (
                text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("not true or false");
        });
    }

    public static Key<String> text(String name, String defaultText, String meaning) {
        return of(name, defaultText, "text", meaning, String::strip);
    }

    /** A sample count: an integer or a percentage of the training set ({@link SampleCount}). */
    public static Key<SampleCount> count(String name, String defaultText, String meaning) {
        return of(name, defaultText, "integer >= 0 or percentage like 5%", meaning, SampleCount::parse);
    }

    /** One of a fixed set of words, each standing for a value ({@code reference}/{@code none}, {@code fixed}/{@code cell}). */
    public static <T> Key<T> choice(String name, String defaultText, List<java.util.Map.Entry<String, T>> choices,
                                    String meaning) {
        String accepts = String.join(" or ", choices.stream().map(java.util.Map.Entry::getKey).toList());
        return of(name, defaultText, accepts, meaning, text -> choices.stream()
                .filter(choice -> choice.getKey().equals(text.strip().toLowerCase(Locale.ROOT)))
                .map(java.util.Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not " + accepts)));
    }

    /** One name, resolved to its canonical form by {@code resolve} (which names the nearest known ones on failure). */
    public static Key<String> name(String name, String defaultText, String accepts, String meaning,
                                   Function<String, String> resolve) {
        return of(name, defaultText, accepts, meaning, text -> resolve.apply(text.strip()));
    }

    /** A non-empty comma-separated list of names, each resolved by {@code resolve}. */
    public static Key<List<String>> names(String name, String defaultText, String accepts, String meaning,
                                          Function<String, String> resolve) {
        return of(name, defaultText, "comma list of " + accepts, meaning, text -> {
            List<String> out = new ArrayList<>();
            for (String item : text.split(",")) {
                if (!item.isBlank()) {
                    String resolved = resolve.apply(item.strip());
                    if (out.contains(resolved)) {
                        throw new IllegalArgumentException("'" + item.strip() + "' is listed twice");
                    }
                    out.add(resolved);
                }
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("the list is empty");
            }
            return List.copyOf(out);
        });
    }

    /**
     * As {@link #names(String, String, String, String, Function)}, or {@code all}: every name {@code all} gives, in
     * its order (a registry's names, so a newly registered one joins), written out as that list in the resolved
     * configuration ({@link #expand}).
     */
    public static Key<List<String>> names(String name, String defaultText, String accepts, String meaning,
                                          Function<String, String> resolve, Supplier<List<String>> all) {
        Key<List<String>> list = names(name, defaultText, accepts, meaning, resolve);
        UnaryOperator<String> expand = text -> text.strip().equalsIgnoreCase(ALL) ? String.join(", ", all.get()) : text;
        return new Key<>(name, defaultText, list.accepts + ", or " + ALL, meaning, text -> {
            boolean alone = text.strip().equalsIgnoreCase(ALL);
            if (!alone && Stream.of(text.split(",")).anyMatch(item -> item.strip().equalsIgnoreCase(ALL))) {
                throw new IllegalArgumentException("'" + ALL + "' stands alone; write '" + ALL + "' or list names");
            }
            return list.parser.apply(expand.apply(text));
        }, expand);
    }

    /**
     * {@code text} as the resolved configuration records it: itself, or for {@code all} (a key made by
     * {@link #names(String, String, String, String, Function, Supplier)}) the names it stands for.
     */
    public String expand(String text) {
        return expand.apply(text);
    }

    /** The typed value of {@code text}; {@code where} is the file and line or {@code --set} it came from. */
    public T parse(String text, String where) {
        try {
            return parser.apply(text);
        } catch (SettingsException e) {
            throw e;
        } catch (RuntimeException e) {
            String reason = e instanceof NumberFormatException ? "not a number" : e.getMessage();
            throw new SettingsException(where + ": '" + name + " = " + text + "': " + reason + "; expected "
                    + accepts + " (" + meaning + ", default " + (defaultText.isEmpty() ? "empty" : defaultText)
                    + ")");
        }
    }

    public T defaultValue() {
        return parse(defaultText, "default of " + name);
    }

    public String name() {
        return name;
    }

    public String defaultText() {
        return defaultText;
    }

    public String accepts() {
        return accepts;
    }

    public String meaning() {
        return meaning;
    }

    private static String trim(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
