package io.falbench.registry;

import java.util.List;

/** A name no entry of a registry answers to; the message suggests the nearest known names and lists them all. */
public final class UnknownNameException extends IllegalArgumentException {

    public UnknownNameException(String kind, String name, List<String> nearest, List<String> known) {
        super("unknown " + kind + " '" + name.strip() + "'"
                + (nearest.isEmpty() ? ";" : "; did you mean " + quoted(nearest) + "?")
                + " known: " + String.join(", ", known));
    }

    private static String quoted(List<String> names) {
        return String.join(" or ", names.stream().map(n -> "'" + n + "'").toList());
    }
}
