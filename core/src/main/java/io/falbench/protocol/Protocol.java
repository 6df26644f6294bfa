package io.falbench.protocol;

import io.falbench.datasets.Sha256;
import io.falbench.files.TextFiles;
import io.falbench.fl.FederatedOptimizers;
import io.falbench.mode.chase.ChaseQuery;
import io.falbench.mode.fairfal.FairFalQuery;
import io.falbench.mode.feal.FealQuery;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.registry.Entry;
import io.falbench.registry.Need;
import io.falbench.settings.Key;
import io.falbench.settings.Options;
import io.falbench.settings.SettingsException;
import io.falbench.strategy.BaldSampling;
import io.falbench.strategy.EmbeddingsFile;
import io.falbench.strategy.StrategyRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A named, versioned experiment protocol, parsed once into typed, immutable settings: every key is declared once
 * ({@link ProtocolKeys}), every value is checked when the protocol is built (so a typo fails before any work), and
 * the modes' and strategies' own options reach their factories as typed {@link Options}.
 */
public final class Protocol {

    /**
     * Keys added after fingerprints were recorded, left out of the fingerprint at their defaults (which keep the
     * behaviour from before them): {@code train.memory_format}, {@code model.dropout}, {@code bald.passes},
     * {@code embeddings.file}, {@code train.precision}, {@code fairfal.query_model}, FEAL's {@code feal.*} and
     * {@code train.optimizer}.
     */
    static final List<Key<?>> LEFT_OUT_AT_DEFAULT = List.of(TrainingSection.MEMORY_FORMAT, TrainingSection.DROPOUT,
            BaldSampling.PASSES, EmbeddingsFile.KEY, TrainingSection.PRECISION, FairFalQuery.QUERY_MODEL,
            FealQuery.KL_WEIGHT, FealQuery.ANNEALING_STEP, FealQuery.NEIGHBOURS, FealQuery.COSINE, FealQuery.SUBSET,
            TrainingSection.OPTIMIZER, ChaseQuery.SUBSET, ChaseQuery.ALIGNMENT_WEIGHT, ChaseQuery.TEMPERATURE,
            ChaseQuery.AWAKEN, ChaseQuery.CAPACITY);

    private final String name;
    private final String source;
    private final ProtocolText text;
    private final Map<String, String> resolved;
    private final Options options;
    private final RunSection run;
    private final DataSection data;
    private final FederationSection federation;
    private final TrainingSection training;
    private final ActiveLearningSection activeLearning;
    private final LocalModelsSection localModels;

    private Protocol(String name, String source, ProtocolText text) {
        this.name = name;
        this.source = source;
        this.text = text;
        Map<Key<?>, Object> values = new HashMap<>();
        Map<String, String> raw = new TreeMap<>();
        for (Key<?> key : ProtocolKeys.ALL) {
            ProtocolText.Value value = text.values().get(key.name());
            String written = value != null ? value.text() : key.defaultText();
            String where = value != null ? value.where() : source + " (default of " + key.name() + ")";
            values.put(key, key.parse(written, where));
            raw.put(key.name(), key.expand(written));
        }
        // a data set named by an alias is recorded by its canonical name: provenance and fingerprint do not change
        raw.put(DataSection.DATASET.name(), (String) values.get(DataSection.DATASET));
        raw.put(FederationSection.ALGORITHM.name(), (String) values.get(FederationSection.ALGORITHM));
        this.resolved = Map.copyOf(raw);
        this.options = new Options(values);
        this.run = RunSection.from(options);
        this.data = DataSection.from(options);
        this.federation = FederationSection.from(options);
        this.training = TrainingSection.from(options);
        this.activeLearning = ActiveLearningSection.from(options);
        this.localModels = LocalModelsSection.from(options);
        if (data.corruptedClients() > federation.clients()) {
            throw new SettingsException(where(DataSection.CORRUPT_CLIENTS) + ": 'corrupt.clients = "
                    + data.corruptedClients() + "' exceeds 'clients = " + federation.clients()
                    + "'; corrupt at most every client");
        }
        try {
            data.normalization();
        } catch (IllegalArgumentException e) {
            throw new SettingsException(where(DataSection.NORMALIZE) + ": " + e.getMessage());
        }
        requireDropoutWhereAStrategyReadsIt();
        requireAStrategyThatReadsTheEmbeddingsFile();
    }

    /** An embeddings file no cell reads is a mistake (a strategy left out, a typo'd list): refused before any work. */
    private void requireAStrategyThatReadsTheEmbeddingsFile() {
        if (options.get(EmbeddingsFile.KEY).isEmpty() || cells().stream().map(Cell::strategy)
                .anyMatch(s -> StrategyRegistry.REGISTRY.names().contains(s) && EmbeddingsFile.readBy(s))) {
            return;
        }
        throw new SettingsException(where(EmbeddingsFile.KEY) + ": embeddings.file is set, but no cell runs a strategy"
                + " that reads it (" + String.join(", ", StrategyRegistry.REGISTRY.entries().stream()
                .map(Entry::name).filter(EmbeddingsFile::readBy).toList()) + ": a mode with its own query rule runs"
                + " none); add one to strategies with a mode that takes them, or leave embeddings.file empty");
    }

    /** A strategy that runs Monte Carlo dropout passes needs a network with dropout: refused before any work. */
    private void requireDropoutWhereAStrategyReadsIt() {
        if (training.dropout() > 0
                || activeLearning.modes().stream().allMatch(ModeRegistry::ownsQueryRule)) {
            return;
        }
        for (String strategy : activeLearning.strategies()) {
            if (StrategyRegistry.needs(strategy).contains(Need.DROPOUT_PREDICTIONS)) {
                throw new SettingsException(where(ActiveLearningSection.STRATEGIES) + ": strategy " + strategy
                        + " needs Monte Carlo dropout passes, but model.dropout = 0 gives the network no dropout"
                        + " layer; set model.dropout = 0.5 (the rate of the reference's networks) in " + source
                        + " or with --set model.dropout=0.5, or leave " + strategy + " out of strategies");
            }
        }
    }

    /** A protocol shipped with falbench ({@code protocols/NAME.conf} on the class path) or a file path. */
    public static Protocol load(String nameOrPath) throws IOException {
        Path file = Path.of(nameOrPath);
        if (Files.isRegularFile(file)) {
            String fileName = file.getFileName().toString();
            return parse(fileName.replaceFirst("\\.conf$", ""), file.toString(), TextFiles.read(file,
                    "a protocol is a text file of 'key = value' lines: give a protocol .conf file or a shipped"
                            + " protocol name (`falbench list` lists them)"));
        }
        if (nameOrPath.endsWith(".conf") || nameOrPath.contains("/")) {
            throw new IOException("no protocol file " + file.toAbsolutePath() + "; give a shipped protocol name"
                    + " (falbench list) or an existing .conf file");
        }
        String canonical;
        try {
            canonical = ShippedProtocols.registry().canonical(nameOrPath);
        } catch (IllegalArgumentException e) {
            throw new IOException("no protocol '" + nameOrPath + "': not a file, and " + e.getMessage(), e);
        }
        return parse(canonical, "falbench:/" + ShippedProtocols.FOLDER + "/" + canonical + ".conf",
                ShippedProtocols.registry().factory(canonical));
    }

    /** Parses and checks every value; errors name the file and line. */
    public static Protocol parse(String name, String source, String text) {
        return new Protocol(name, source, ProtocolText.parse(source, text));
    }

    /** A copy with {@code key=value} overrides applied (from {@code --set}), checked like the file's values. */
    public Protocol with(Map<String, String> overrides) {
        return new Protocol(name, source, text.with(overrides));
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public RunSection run() {
        return run;
    }

    public DataSection data() {
        return data;
    }

    public FederationSection federation() {
        return federation;
    }

    public TrainingSection training() {
        return training;
    }

    public ActiveLearningSection activeLearning() {
        return activeLearning;
    }

    public LocalModelsSection localModels() {
        return localModels;
    }

    /** The modes' and strategies' own options, typed. */
    public Options options() {
        return options;
    }

    /**
     * Every key with its resolved value as written (the data set and the federated optimiser by their canonical names),
     * sorted.
     */
    public Map<String, String> resolved() {
        return new TreeMap<>(resolved);
    }

    /**
     * The resolved configuration as protocol text, every key written out: {@code parse(name(), source(), it)} gives
     * this protocol again, with the same fingerprint and cells (how a protocol travels to another process).
     */
    public String resolvedText() {
        StringBuilder text = new StringBuilder();
        resolved.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(e.getKey()).append(" = ").append(e.getValue()).append('\n'));
        return text.toString();
    }

    /**
     * SHA-256 of the resolved configuration minus the seed count, the diagnostics that change no result and the
     * options of the federated optimisers that do not run: cells of equal fingerprint are comparable. Under FedAvg
     * {@code fl.algorithm} is left out too, and the keys of {@link #LEFT_OUT_AT_DEFAULT} at their defaults, so a
     * configuration keeps the fingerprint it had before those keys existed.
     */
    public String fingerprint() {
        Map<String, String> relevant = resolved();
        relevant.keySet().removeAll(outsideFingerprint());
        if (federation.algorithm().equals(FederatedOptimizers.FEDAVG_NAME)) {
            relevant.remove(FederationSection.ALGORITHM.name());
        }
        for (Key<?> key : LEFT_OUT_AT_DEFAULT) {
            if (options.get(key).equals(key.defaultValue())) {
                relevant.remove(key.name());
            }
        }
        return Sha256.of(relevant.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The fingerprint's key-by-key counterpart, for a cell recorded by another falbench version, whose fingerprint
     * may differ only because keys were added since: the first key of the fingerprint on which a cell recorded under
     * {@code recorded} (its provenance's configuration) differs from this configuration, as "key = A there, B here";
     * empty when none does. A key the record lacks did not exist then and counts at its default, which keeps the
     * behaviour from before it; a recorded key this falbench does not know is a difference.
     */
    public Optional<String> differenceFrom(Map<String, String> recorded) {
        for (String name : recorded.keySet()) {
            if (!resolved.containsKey(name)) {
                return Optional.of(name + " = " + recorded.get(name) + " there, a key this falbench does not have");
            }
        }
        Set<String> outside = outsideFingerprint();
        for (Key<?> key : ProtocolKeys.ALL) {
            String then = recorded.getOrDefault(key.name(), key.expand(key.defaultText()));
            String now = resolved.get(key.name());
            if (!outside.contains(key.name()) && !then.equals(now)) {
                return Optional.of(key.name() + " = " + then + " there, " + now + " here");
            }
        }
        return Optional.empty();
    }

    /**
     * The keys the fingerprint leaves out whatever their value: the seed count, the diagnostics that change no result,
     * the options of the federated optimisers not run.
     */
    public Set<String> outsideFingerprint() {
        Set<String> outside = new HashSet<>(Set.of("seeds", "description", FederationSection.TRACE_EVERY.name(),
                RunSection.CLIENT_WORKERS.name()));
        for (Entry<FederatedOptimizers.Factory> optimizer : FederatedOptimizers.REGISTRY.entries()) {
            if (!optimizer.name().equals(federation.algorithm())) {
                optimizer.options().forEach(key -> outside.add(key.name()));
            }
        }
        return outside;
    }

    /**
     * The cells: partition x mode x strategy x seed, in that order; a mode with its own query rule (KAFAL, LoGo,
     * FairFAL) gives one cell per seed, its strategy named after it.
     */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (String partition : federation.partitions()) {
            for (String mode : activeLearning.modes()) {
                List<String> strategies = ModeRegistry.ownsQueryRule(mode) ? List.of(mode) : activeLearning.strategies();
                for (String strategy : strategies) {
                    for (int seed = 0; seed < run.seeds(); seed++) {
                        cells.add(new Cell(name, data.dataset(), partition, strategy, mode, seed));
                    }
                }
            }
        }
        return cells;
    }

    /** Where {@code key}'s value came from: its file and line, or {@code --set KEY}; the protocol's source if unset. */
    public String where(Key<?> key) {
        ProtocolText.Value value = text.values().get(key.name());
        return value != null ? value.where() : source;
    }

    @Override
    public String toString() {
        return name + " " + resolved();
    }
}
