package io.falbench.reports.claims;

import io.falbench.reports.results.ResultRow;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of a comparison: {@code strategy/mode[@partition]}, each part a name, {@code *} or a set of names
 * {@code a|b|c}. A {@code *} or a set pairs each cell with the other side's cell of the same value there (margin/* vs
 * random/*: every mode's Margin against the same mode's Random; a set limits the values paired), so a wildcard must
 * face a wildcard; an absent partition is a wildcard on both sides. A {@code *} over modes leaves out the bounds
 * ({@link #BOUNDS}): they enter a claim only where it names them.
 */
public record Arm(String strategy, String mode, String partition) {

    static final String ANY = "*";
    /** The modes that bound FAL rather than being one: all data pooled, and each client alone. */
    public static final List<String> BOUNDS = List.of("centralized", "client-alone");

    public static Arm parse(String text) {
        String body = text;
        String partition = ANY;
        int at = text.indexOf('@');
        if (at >= 0) {
            partition = text.substring(at + 1);
            body = text.substring(0, at);
        }
        String[] parts = body.split("/", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank() || partition.isBlank()) {
            throw new IllegalArgumentException("arm '" + text + "': write strategy/mode or strategy/mode@partition,"
                    + " each part a name, * or names joined by |");
        }
        return new Arm(parts[0], parts[1], partition);
    }

    boolean matches(ResultRow row) {
        return fits(strategy, row.strategy()) && fits(mode, row.mode()) && fits(partition, row.partition())
                && !(mode.equals(ANY) && BOUNDS.contains(row.mode()));
    }

    /** Whether this arm's wildcards face the other arm's wildcards (and names face names). */
    boolean alignsWith(Arm other) {
        return wild(strategy) == wild(other.strategy) && wild(mode) == wild(other.mode)
                && wild(partition) == wild(other.partition);
    }

    /** The configuration a cell is of: the values of its wildcards, which its partner shares (" / " between). */
    String configuration(ResultRow row) {
        List<String> parts = new ArrayList<>();
        if (wild(strategy)) {
            parts.add(row.strategy());
        }
        if (wild(mode)) {
            parts.add(row.mode());
        }
        if (wild(partition)) {
            parts.add(row.partition());
        }
        return String.join(" / ", parts);
    }

    /** The names a part allows: none for {@code *} (any value), one, or the names of a set. */
    public static List<String> names(String part) {
        return part.equals(ANY) ? List.of() : List.of(part.split("\\|"));
    }

    /** {@code *} or a set of names: paired by value with the other side. */
    private static boolean wild(String pattern) {
        return pattern.equals(ANY) || pattern.contains("|");
    }

    private static boolean fits(String pattern, String value) {
        return pattern.equals(ANY) || names(pattern).contains(value);
    }

    @Override
    public String toString() {
        return strategy + "/" + mode + (partition.equals(ANY) ? "" : "@" + partition);
    }
}
