package io.falbench.reports;

import io.falbench.experiment.CellResult;
import io.falbench.experiment.Provenance;
import io.falbench.experiment.ProvenanceCounts;
import io.falbench.protocol.Protocol;
import io.falbench.reports.claims.ClaimsFile;
import io.falbench.reports.claims.SeedPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The report's "How this run was made", from the cells' provenance alone: the command that runs the run again or
 * resumes it (the protocol, and as {@code --set} every key on which the recorded configuration differs from the
 * protocol file); every key on which it differs from the published protocol that a {@code -cpu} variant scales down
 * (fairfal-cifar10-lt for fairfal-cifar10-lt-cpu), with where it was set and whether it can change a number; and the
 * commits, CPUs and libraries the cells record.
 */
final class RunProvenance {

    static final String CPU_SUFFIX = "-cpu";
    /** How a cell's provenance names a protocol shipped with falbench (else it is a file's path). */
    static final String SHIPPED = "falbench:/";
    /** Keys a command line gives otherwise ({@code --seeds}) or that only name the protocol. */
    private static final Set<String> NOT_SET = Set.of("seeds", "description");

    private RunProvenance() {
    }

    /** The section, empty when no cell records a provenance. */
    static String markdown(Path runDir, String protocolName, List<CellResult> cells) {
        List<Provenance> recorded = cells.stream().map(CellResult::provenance).filter(Objects::nonNull).toList();
        if (recorded.isEmpty()) {
            return "";
        }
        Map<String, TreeSet<String>> config = new TreeMap<>();
        for (Provenance p : recorded) {
            p.config().forEach((k, v) -> config.computeIfAbsent(k, x -> new TreeSet<>()).add(v));
        }
        int held = cells.stream().mapToInt(c -> c.cell().seed() + 1).max().orElse(0);
        int planned = planned(protocolName);
        int seeds = Math.max(Math.max(held, planned), config.getOrDefault("seeds", new TreeSet<>()).stream()
                .mapToInt(RunProvenance::integer).max().orElse(0));
        String seedsText = seeds > held ? seeds + " (" + (seeds == planned ? "planned in the claims file" : "asked for")
                + "; " + held + " begun so far)" : String.valueOf(seeds);
        String source = recorded.get(0).protocolSource();
        boolean shipped = source == null || source.startsWith(SHIPPED);
        // a protocol file is named by its path in the command, a shipped protocol by its name
        String given = shipped ? protocolName : source;
        Protocol protocol = load(given);
        StringBuilder md = new StringBuilder("## How this run was made\n\n");
        md.append("Protocol `").append(protocolName).append("` (").append(recorded.get(0).protocolSource())
                .append(")").append(protocol == null ? "" : ": " + protocol.resolved().get("description")).append(".\n\n");
        String missing = protocol != null ? "" : "(" + (shipped ? "This falbench has no protocol `" + protocolName
                + "`" : "The protocol file `" + source + "` is not here") + ": the `--set` keys are not known;"
                + " every recorded key is in `cells/*.json`.)\n\n";
        md.append(command(runDir, given, protocol, config, seeds)).append(missing).append(varied(config));
        Protocol published = shipped && protocolName.endsWith(CPU_SUFFIX)
                ? load(protocolName.substring(0, protocolName.length() - CPU_SUFFIX.length())) : null;
        if (published != null) {
            md.append(deviations(published, protocol, config, seedsText));
        }
        return md.append(machines(cells, recorded)).toString();
    }

    /** The command that runs the run again: --set for every key where all its cells differ from the protocol file. */
    private static String command(Path runDir, String given, Protocol protocol, Map<String, TreeSet<String>> config,
                                  int seeds) {
        StringBuilder sets = new StringBuilder();
        config.forEach((key, values) -> {
            if (!NOT_SET.contains(key) && values.size() == 1 && protocol != null
                    && !values.first().equals(protocol.resolved().get(key))) {
                sets.append(" --set ").append(key).append('=').append(values.first().replace(", ", ","));
            }
        });
        return "The command that runs it again, or resumes it where it stopped, with falbench at the commit its cells"
                + " record (`--set`: the keys on which they differ from the protocol file):\n\n```bash\n"
                + "scripts/falbench run " + given + " --out " + shown(runDir) + " --seeds " + seeds + sets
                + "\n```\n\n";
    }

    /** The keys on which the cells differ from one another ("" for none). */
    private static String varied(Map<String, TreeSet<String>> config) {
        List<String> varied = new ArrayList<>();
        config.forEach((key, values) -> {
            if (!NOT_SET.contains(key) && values.size() > 1) {
                varied.add("`" + key + "` (" + String.join("; ", values) + ")");
            }
        });
        return varied.isEmpty() ? "" : "Keys that differ between the run's cells (recorded by different invocations): "
                + String.join(", ", varied) + ".\n\n";
    }

    /** The commits, CPUs and stacks the cells record, and when the first and the last to start started. */
    private static String machines(List<CellResult> cells, List<Provenance> recorded) {
        return "The cells ran at " + ProvenanceCounts.commits(cells) + ", on " + ProvenanceCounts.cpus(cells) + "; "
                + ProvenanceCounts.counts(cells, p -> "Java " + p.javaVersion() + ", DJL " + p.djlVersion()
                        + " with PyTorch " + p.pytorchVersion() + ", native threads " + p.nativeThreads())
                + ". The first cell started at " + recorded.stream().map(Provenance::startedAt)
                        .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse("an unknown time")
                + ", the last to start at " + recorded.stream().map(Provenance::startedAt)
                        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse("an unknown time") + ".\n";
    }

    /** Every key on which the run differs from the published protocol it scales down. */
    private static String deviations(Protocol published, Protocol protocol, Map<String, TreeSet<String>> config,
                                     String seeds) {
        Set<String> outside = published.outsideFingerprint();
        StringBuilder md = new StringBuilder("Where it differs from the published protocol `")
                .append(published.name()).append("` (every key whose value differs; *set by*: this protocol's file or")
                .append(" the command's `--set`; keys outside the fingerprint change no number):\n\n")
                .append("| key | `").append(published.name()).append("` | this run | set by | changes results |\n")
                .append("|---|---|---|---|---|\n");
        int rows = 0;
        for (Map.Entry<String, String> e : published.resolved().entrySet()) {
            String key = e.getKey();
            if (key.equals("description")) {
                continue;
            }
            String ran = key.equals("seeds") ? seeds
                    : config.containsKey(key) ? String.join("; ", config.get(key)) : null;
            if (ran == null || ran.equals(e.getValue())) {
                continue;
            }
            String file = protocol == null ? null : protocol.resolved().get(key);
            String setBy = key.equals("seeds") ? "`--seeds`" : ran.equals(file) ? "protocol file" : "`--set`";
            md.append("| `").append(key).append("` | ").append(e.getValue()).append(" | ").append(ran).append(" | ")
                    .append(setBy).append(" | ").append(outside.contains(key) ? "no" : "yes").append(" |\n");
            rows++;
        }
        return rows == 0 ? "It differs from the published protocol `" + published.name() + "` in no key.\n\n"
                : md.append('\n').toString();
    }

    /** The run directory as a command line would name it: relative to the working directory when inside it. */
    private static String shown(Path runDir) {
        Path here = Path.of("").toAbsolutePath();
        Path dir = runDir.toAbsolutePath().normalize();
        return dir.startsWith(here) && !dir.equals(here) ? here.relativize(dir).toString() : runDir.toString();
    }

    /** The seeds the claims file plans for the protocol ({@link SeedPlan}), 0 without a plan. */
    private static int planned(String protocolName) {
        try {
            return ClaimsFile.contentsFor(protocolName).planFor(protocolName).map(SeedPlan::seeds).orElse(0);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static Protocol load(String name) {
        try {
            return Protocol.load(name);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
