package io.falbench.experiment;

import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a run directory stands against a protocol: each cell finished, started (a checkpoint, to resume at its next AL
 * round) or not begun; what {@code falbench run} does next, and {@code --dry-run} reads without running anything or
 * taking the lock. A finished cell or a checkpoint of another configuration is an error before any work, so nothing
 * computed is ever overwritten. A finished cell recorded by another falbench version whose fingerprint differs only
 * by keys added since, at their defaults, counts as finished (how a run made before an upgrade gains seeds); a
 * checkpoint does not record its configuration, so it must match the fingerprint.
 */
public record RunPlan(Protocol protocol, List<Entry> entries) {

    /**
     * One cell: {@code finished} or {@code started} (a checkpoint) or neither.
     *
     * @param refused null, or why a run would refuse the cell's file (a dry run's plan only; the run stops there)
     */
    public record Entry(Cell cell, CellResult finished, Checkpoint started, String refused) {

        public Entry(Cell cell, CellResult finished, Checkpoint started) {
            this(cell, finished, started, null);
        }

        public boolean pending() {
            return finished == null;
        }
    }

    /** The plan of {@code protocol}'s cells in the run directory of {@code store}, as a run reads it. */
    public static RunPlan of(Protocol protocol, ResultStore store) throws IOException {
        return of(protocol, store, true);
    }

    /**
     * As {@link #of(Protocol, ResultStore)}; with {@code strict} false, a file a run would refuse is kept in the plan
     * with the reason (a dry run shows all of them) instead of failing at the first.
     */
    public static RunPlan of(Protocol protocol, ResultStore store, boolean strict) throws IOException {
        String fingerprint = protocol.fingerprint();
        List<Entry> entries = new ArrayList<>();
        for (Cell cell : protocol.cells()) {
            Optional<CellResult> finished = store.find(cell);
            if (finished.isPresent()) {
                CellResult result = finished.get();
                Optional<String> difference = result.configFingerprint().equals(fingerprint) ? Optional.empty()
                        : protocol.differenceFrom(result.provenance().config());
                if (difference.isPresent()) {
                    String refused = store.files().where(ResultStore.cellFile(cell)) + " was produced by a"
                            + " different configuration of " + protocol.name() + " (" + difference.get() + "); use"
                            + " another --out directory or delete the old run";
                    if (strict) {
                        throw new IOException(refused);
                    }
                    entries.add(new Entry(cell, null, null, refused));
                    continue;
                }
                entries.add(new Entry(cell, result, null));
                continue;
            }
            Optional<Checkpoint> started = store.readCheckpoint(cell);
            if (started.isPresent() && !started.get().configFingerprint().equals(fingerprint)) {
                String refused = store.files().where(ResultStore.checkpointFile(cell)) + " was written by a"
                        + " different configuration of " + protocol.name() + ", or by a falbench version whose"
                        + " fingerprint differs (a checkpoint does not record its configuration); finish the cell"
                        + " with the falbench and settings that started it, use another --out directory, or delete"
                        + " the checkpoint to compute the cell again";
                if (strict) {
                    throw new IOException(refused);
                }
                entries.add(new Entry(cell, null, started.get(), refused));
                continue;
            }
            entries.add(new Entry(cell, null, started.orElse(null)));
        }
        return new RunPlan(protocol, List.copyOf(entries));
    }

    public List<CellResult> finished() {
        return entries.stream().filter(e -> !e.pending()).map(Entry::finished).toList();
    }

    public List<Cell> pending() {
        return entries.stream().filter(Entry::pending).map(Entry::cell).toList();
    }

    /** The plan in a few lines: counts, the started cells and how far they are, the estimate of the rest. */
    public String describe(String where) {
        int rounds = protocol.activeLearning().rounds() + 1;
        List<Entry> started = entries.stream().filter(e -> e.started() != null).toList();
        long toBegin = entries.stream().filter(e -> e.pending() && e.started() == null).count();
        StringBuilder text = new StringBuilder(protocol.name()).append(" in ").append(where).append(": ")
                .append(entries.size()).append(" cells (").append(protocol.run().seeds()).append(" seed")
                .append(protocol.run().seeds() == 1 ? "" : "s").append(", AL rounds 0-").append(rounds - 1)
                .append(")\n  finished ").append(finished().size()).append(", started ").append(started.size())
                .append(", not begun ").append(toBegin).append('\n');
        for (Entry e : started) {
            int next = e.started().nextRound();
            text.append("  started: ").append(e.cell().id()).append(" (AL rounds 0-").append(next - 1)
                    .append(" done, resumes at ").append(next).append(")\n");
        }
        if (!finished().isEmpty()) {
            text.append("  the finished cells ran at ").append(ProvenanceCounts.commits(finished()))
                    .append(" on ").append(ProvenanceCounts.cpus(finished()))
                    .append('\n');
        }
        List<Entry> refused = entries.stream().filter(e -> e.refused() != null).toList();
        if (!refused.isEmpty()) {
            text.append("  this falbench would stop before any work (").append(refused.size())
                    .append(" file(s)); the first: ").append(refused.get(0).refused()).append('\n');
        }
        text.append(RunEstimate.of(this).describe());
        return text.toString();
    }
}
