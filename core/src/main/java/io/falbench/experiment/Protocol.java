package io.falbench.experiment;

import io.falbench.datasets.Sha256;
import io.falbench.mode.ModeRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A named, versioned experiment protocol: {@code key = value} lines (# comments) over documented defaults
 * ({@link ProtocolKeys}), overridable from the command line. Unknown keys are errors, so a typo never runs silently.
 */
public final class Protocol {

    private final String name;
    private final String source;
    private final Map<String, String> values;

    private Protocol(String name, String source, Map<String, String> values) {
        this.name = name;
        this.source = source;
        this.values = values;
    }

    /** A protocol shipped with falbench ({@code protocols/NAME.conf} on the class path) or a file path. */
    public static Protocol load(String nameOrPath) throws IOException {
        Path file = Path.of(nameOrPath);
        if (Files.isRegularFile(file)) {
            String fileName = file.getFileName().toString();
            return parse(fileName.replaceFirst("\\.conf$", ""), file.toString(), Files.readString(file));
        }
        String resource = "/protocols/" + nameOrPath + ".conf";
        try (InputStream in = Protocol.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no protocol '" + nameOrPath + "': not a file and not one of "
                        + String.join(", ", ProtocolKeys.shippedProtocols()));
            }
            return parse(nameOrPath, "falbench:" + resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public static Protocol parse(String name, String source, String text) {
        Map<String, String> values = new LinkedHashMap<>(ProtocolKeys.DEFAULTS);
        String[] lines = text.split("\n");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1];
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            int equals = content.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(source + ":" + number + ": expected 'key = value', got '" + content + "'");
            }
            String key = content.substring(0, equals).strip();
            ProtocolKeys.requireKnown(key, source + ":" + number);
            values.put(key, content.substring(equals + 1).strip());
        }
        return new Protocol(name, source, values);
    }

    /** A copy with {@code key=value} overrides applied (from {@code --set}). */
    public Protocol with(Map<String, String> overrides) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        overrides.forEach((key, value) -> {
            ProtocolKeys.requireKnown(key, "--set " + key);
            copy.put(key, value);
        });
        return new Protocol(name, source, copy);
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    /** Every key with its resolved value, sorted. */
    public Map<String, String> resolved() {
        return new TreeMap<>(values);
    }

    /** SHA-256 of the resolved configuration minus the seed count: cells of equal fingerprint are comparable. */
    public String fingerprint() {
        Map<String, String> relevant = resolved();
        relevant.remove("seeds");
        relevant.remove("description");
        return Sha256.of(relevant.toString().getBytes(StandardCharsets.UTF_8));
    }

    public String string(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("protocol " + name + ": no value for '" + key + "'");
        }
        return value;
    }

    public int integer(String key) {
        try {
            return Integer.parseInt(string(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(bad(key, "an integer"), e);
        }
    }

    public double decimal(String key) {
        try {
            return Double.parseDouble(string(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(bad(key, "a number"), e);
        }
    }

    public boolean bool(String key) {
        String value = string(key).toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(bad(key, "true or false"));
        };
    }

    public List<String> list(String key) {
        List<String> out = new ArrayList<>();
        for (String item : string(key).split(",")) {
            if (!item.isBlank()) {
                out.add(item.strip());
            }
        }
        return out;
    }

    /**
     * A sample count: a plain integer, or a percentage of the training set rounded to hundreds as FairFAL does
     * ({@code 5%} of 17,023 -> 850).
     */
    public int count(String key, int trainingSetSize) {
        String value = string(key);
        if (value.endsWith("%")) {
            double percent = Double.parseDouble(value.substring(0, value.length() - 1));
            long roundedSize = Math.round(trainingSetSize / 100.0) * 100;
            return (int) Math.round(roundedSize * percent / 100.0);
        }
        return integer(key);
    }

    /**
     * Checks every name and number before any work starts, so a typo fails in a second rather than hours into a run:
     * data set, partitions, model, strategies, modes, kernels backend, quota rule, and the numeric keys.
     */
    public Protocol validate() {
        io.falbench.datasets.DatasetRegistry.get(string("dataset"));
        list("partitions").forEach(io.falbench.partition.Partitioners::parse);
        io.falbench.model.Architecture.parse(string("model"));
        var kernels = io.falbench.kernels.KernelsRegistry.NAMES;
        if (!kernels.contains(string("kernels"))) {
            throw new IllegalArgumentException(bad("kernels", "one of " + String.join(", ", kernels)));
        }
        list("strategies").forEach(name -> io.falbench.strategy.StrategyRegistry.create(name, null));
        list("modes").forEach(ModeRegistry::ownsQueryRule);
        io.falbench.mode.Quotas.split(string("al.quota"), 0, new int[] {0});
        for (String key : List.of("clients", "seeds", "seed", "al.rounds", "fl.rounds", "fl.local_epochs",
                "train.batch_size", "train.lr_decay_round", "local.max_epochs", "local.finetune_epochs",
                "fal_global.refine_rounds", "corrupt.clients", "corrupt.severity")) {
            integer(key);
        }
        for (String key : List.of("long_tail.rho", "train.lr", "train.momentum", "train.weight_decay",
                "train.lr_decay_factor", "local.target_accuracy", "fairfal.delta", "fairfal.kappa",
                "diagnostics.duplicate_cosine")) {
            decimal(key);
        }
        bool("fl.reinit");
        bool("train.horizontal_flip");
        count("al.initial", 1000);
        count("al.query", 1000);
        if (cells().isEmpty()) {
            throw new IllegalArgumentException("protocol " + name + " has no cells (empty strategies, modes or seeds)");
        }
        return this;
    }

    /**
     * The cells: partition x mode x strategy x seed, in that order; a mode with its own query rule (KAFAL, LoGo,
     * FairFAL) gives one cell per seed, its strategy named after it.
     */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        String dataset = string("dataset");
        for (String partition : list("partitions")) {
            for (String mode : list("modes")) {
                List<String> strategies = ModeRegistry.ownsQueryRule(mode) ? List.of(mode) : list("strategies");
                for (String strategy : strategies) {
                    for (int seed = 0; seed < integer("seeds"); seed++) {
                        cells.add(new Cell(name, dataset, partition, strategy, mode, seed));
                    }
                }
            }
        }
        return cells;
    }

    private String bad(String key, String what) {
        return "protocol " + name + " (" + source + "): '" + key + " = " + values.get(key) + "' is not " + what;
    }

    @Override
    public String toString() {
        return name + " " + resolved();
    }
}
