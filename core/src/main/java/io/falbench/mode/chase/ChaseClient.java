package io.falbench.mode.chase;

import io.falbench.datasets.transform.Shuffle;
import io.falbench.fl.client.Client;
import io.falbench.model.Weights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * What CHASe keeps on one client from one local training to the next (Zhang et al., TKDE 2025, arXiv 2504.17448;
 * junzhang-zj/CHASe {@code main.py}, {@code select_strategy.py}): its dormant (frozen) samples, its previous local
 * model, the last epistemic variation of every sample it has measured, and the candidates and variations of its latest
 * local training, which its query ranks.
 */
final class ChaseClient {

    private final TreeSet<Integer> dormant = new TreeSet<>();
    private final Map<Integer, Integer> lastVariation = new HashMap<>();
    private Weights previous;
    private int[] candidates;
    private EpistemicVariation variation;

    /** The unlabelled samples not dormant, ascending: the pool CHASe draws candidates from. */
    int[] awake(Client client) {
        return IntStream.of(client.pool().unlabelled()).filter(sample -> !dormant.contains(sample)).toArray();
    }

    /**
     * The candidates of a local training: every awake sample in the client's first local training (the reference's
     * communication round 0), else at most {@code subset} of them drawn at random.
     */
    int[] drawCandidates(Client client, boolean first, int subset, SplittableRandom random) {
        int[] awake = awake(client);
        if (first || awake.length <= subset) {
            return awake;
        }
        Shuffle.shuffle(awake, random);
        return Arrays.copyOf(awake, subset);
    }

    /** The client's previous local model (null before its first local training). */
    Weights previous() {
        return previous;
    }

    /** The variations of each candidate last measured (-1 where never measured). */
    int[] lastVariations(int[] samples) {
        return IntStream.of(samples).map(sample -> lastVariation.getOrDefault(sample, -1)).toArray();
    }

    /** Starts watching a local training's candidates; its variations grow epoch by epoch. */
    synchronized EpistemicVariation watch(int[] trainingCandidates) {
        candidates = trainingCandidates;
        variation = new EpistemicVariation(trainingCandidates.length);
        return variation;
    }

    /**
     * The client's query of {@code quota} samples after its local training: the candidates of its latest training with
     * the most changes of predicted class, ties in candidate order (drawn at random); a client with no more unlabelled
     * samples than its quota takes them all. Fewer candidates than the quota (the reference then labels fewer) are
     * filled at random from the other awake samples, then from the dormant ones. Then (unless {@code awaken} is 0, as the
     * reference's {@code --Ta 0}) the candidates whose class never changed and were not picked go dormant, and once no
     * more than 3 x quota samples are awake, {@code awaken} of the dormant ones (rounded down) wake, drawn at random. {@code local} (when not null) becomes the previous local model.
     */
    synchronized int[] query(Client client, int quota, double awaken, Weights local, SplittableRandom random) {
        int[] unlabelled = client.pool().unlabelled();
        int[] flips = variation == null ? new int[0] : variation.flips();
        int[] ranked = candidates == null ? new int[0] : candidates;
        for (int i = 0; i < ranked.length; i++) {
            lastVariation.put(ranked[i], flips[i]);
        }
        if (local != null) {
            previous = local;
        }
        if (unlabelled.length <= quota) {
            dormant.clear();
            clearLatest();
            return unlabelled.clone();
        }
        List<Integer> picks = new ArrayList<>(quota);
        TreeSet<Integer> picked = new TreeSet<>();
        for (int position : byVariation(flips)) {
            if (picks.size() == quota) {
                break;
            }
            picks.add(ranked[position]);
            picked.add(ranked[position]);
        }
        fill(picks, picked, awake(client), quota, random);
        fill(picks, picked, dormant.stream().mapToInt(Integer::intValue).toArray(), quota, random);
        for (int i = 0; i < ranked.length && awaken > 0; i++) {
            if (flips[i] == 0 && !picked.contains(ranked[i])) {
                dormant.add(ranked[i]);
            }
        }
        dormant.removeAll(picked);
        wake(client, quota, awaken, picked, random);
        clearLatest();
        return picks.stream().mapToInt(Integer::intValue).toArray();
    }

    private void clearLatest() {
        candidates = null;
        variation = null;
    }

    /** Candidate positions by variation, highest first, ties in candidate order. */
    private static int[] byVariation(int[] flips) {
        return IntStream.range(0, flips.length).boxed()
                .sorted((a, b) -> flips[a] != flips[b] ? Integer.compare(flips[b], flips[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }

    private static void fill(List<Integer> picks, TreeSet<Integer> picked, int[] from, int quota,
                             SplittableRandom random) {
        if (picks.size() == quota) {
            return;
        }
        int[] open = IntStream.of(from).filter(sample -> !picked.contains(sample)).toArray();
        Shuffle.shuffle(open, random);
        for (int i = 0; i < open.length && picks.size() < quota; i++) {
            picks.add(open[i]);
            picked.add(open[i]);
        }
    }

    /** Wakes floor(awaken x dormant) dormant samples, drawn at random, once at most 3 x quota samples are awake. */
    private void wake(Client client, int quota, double awaken, TreeSet<Integer> picked, SplittableRandom random) {
        long awakeLeft = IntStream.of(awake(client)).filter(sample -> !picked.contains(sample)).count();
        if (awaken == 0 || awakeLeft > 3L * quota || dormant.isEmpty()) {
            return;
        }
        int[] sleeping = dormant.stream().mapToInt(Integer::intValue).toArray();
        Shuffle.shuffle(sleeping, random);
        int waking = (int) Math.floor(sleeping.length * awaken);
        for (int i = 0; i < waking; i++) {
            dormant.remove(sleeping[i]);
        }
    }

    /** The state a checkpoint keeps, as named arrays under {@code prefix} (sample indices stored exactly as floats). */
    synchronized Weights arrays(String prefix) {
        List<String> names = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        names.add(prefix + "dormant");
        values.add(exact(dormant.stream().mapToInt(Integer::intValue).toArray()));
        int[] measured = lastVariation.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        names.add(prefix + "measured");
        values.add(exact(measured));
        names.add(prefix + "variation");
        values.add(exact(IntStream.of(measured).map(lastVariation::get).toArray()));
        if (previous != null) {
            for (int a = 0; a < previous.names().size(); a++) {
                names.add(prefix + "previous/" + previous.names().get(a));
                values.add(previous.values().get(a));
            }
        }
        return new Weights(names, values);
    }

    /** Restores what {@link #arrays} kept under {@code prefix}. */
    synchronized void restore(Weights arrays, String prefix) {
        dormant.clear();
        lastVariation.clear();
        previous = null;
        clearLatest();
        List<String> previousNames = new ArrayList<>();
        List<float[]> previousValues = new ArrayList<>();
        int[] measured = new int[0];
        int[] variations = new int[0];
        for (int a = 0; a < arrays.names().size(); a++) {
            String name = arrays.names().get(a);
            if (!name.startsWith(prefix)) {
                continue;
            }
            String key = name.substring(prefix.length());
            float[] value = arrays.values().get(a);
            if (key.equals("dormant")) {
                IntStream.of(integers(value)).forEach(dormant::add);
            } else if (key.equals("measured")) {
                measured = integers(value);
            } else if (key.equals("variation")) {
                variations = integers(value);
            } else if (key.startsWith("previous/")) {
                previousNames.add(key.substring("previous/".length()));
                previousValues.add(value);
            }
        }
        for (int i = 0; i < measured.length; i++) {
            lastVariation.put(measured[i], variations[i]);
        }
        previous = previousNames.isEmpty() ? null : new Weights(previousNames, previousValues);
    }

    private static float[] exact(int[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i]) > (1 << 24)) {
                throw new IllegalStateException("sample index " + values[i] + " does not fit a checkpoint's float");
            }
            out[i] = values[i];
        }
        return out;
    }

    private static int[] integers(float[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (int) values[i];
        }
        return out;
    }
}
