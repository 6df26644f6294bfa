package io.falbench.experiment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a run's cells record, counted: the commits and CPUs they ran at, as a dry run and a report name them. */
public final class ProvenanceCounts {

    private ProvenanceCounts() {
    }

    /** "a (3), b (1)": how many of {@code cells} have each value, most first ("unknown" without a provenance). */
    public static String counts(List<CellResult> cells, Function<Provenance, String> value) {
        Map<String, Long> counts = cells.stream().map(c -> c.provenance() == null ? "unknown"
                : String.valueOf(value.apply(c.provenance()))).collect(Collectors.groupingBy(
                v -> v, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
    }

    /** "commit 1234abc" (a 40-digit hash shortened, a "-dirty" tail kept), "commit unknown" for null. */
    public static String shortCommit(String commit) {
        return commit == null ? "commit unknown" : "commit " + (commit.length() > 7 && commit.matches("[0-9a-f]{40}.*")
                ? commit.substring(0, 7) + commit.substring(40) : commit);
    }

    /** The commits of {@code cells}, counted. */
    public static String commits(List<CellResult> cells) {
        return counts(cells, p -> shortCommit(p.gitCommit()));
    }

    /** The CPUs of {@code cells}, counted. */
    public static String cpus(List<CellResult> cells) {
        return counts(cells, p -> p.cpu() == null ? "a CPU not recorded" : p.cpu());
    }
}
