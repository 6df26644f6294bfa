package io.falbench.strategy;

import io.falbench.datasets.transform.Shuffle;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.settings.Key;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * ProbCover (Yehuda, Dekel, Hacohen and Weinshall, NeurIPS 2022, "Active Learning Through a Covering Lens") as the
 * official code runs it (avihu111/TypiClust {@code pycls/al/prob_cover.py} {@code ProbCover}), on the query model's
 * penultimate embeddings of the client's labelled samples and candidates, L2-normalised ({@link NormalisedPool}; the
 * official code uses self-supervised SimCLR features, which falbench does not train, but reads from
 * {@link EmbeddingsFile} when given). The delta-ball graph over the
 * whole pool ({@link BallGraph}); every point in a labelled sample's ball is covered; then b times the candidate
 * whose ball holds the most uncovered points (ties: the first) is picked and its ball covered. The argmax is found
 * lazily (a heap of upper bounds, each rechecked before it is taken), which picks what a full recount would. delta is
 * {@code probcover.delta}: by default the paper's purity rule ({@link PurityRadius}, {@code probcover.purity}).
 * Once no ball holds an uncovered point, the remaining picks are drawn uniformly from the candidates left (the
 * official code would take its first index again).
 */
public record ProbCoverSampling(Kernels kernels, OptionalDouble delta, double purity) implements QueryStrategy {

    public static final Key<OptionalDouble> DELTA = Key.of("probcover.delta", "purity", "purity or a number > 0",
            "ball radius of probcover on L2-normalised embeddings: purity, the largest delta at which probcover.purity"
                    + " of the balls hold one k-means pseudo-label (the paper's rule, k = classes); or a fixed delta"
                    + " (the official code's --initial_delta, 0.75 for CIFAR-10 on SimCLR features)",
            ProbCoverSampling::parseDelta);
    public static final Key<Double> PURITY = Key.positive("probcover.purity", "0.95", 1,
            "alpha of probcover.delta = purity: the share of pure balls the radius must keep (the paper: 0.95)");

    static OptionalDouble parseDelta(String text) {
        String value = text.strip();
        if (value.equalsIgnoreCase("purity")) {
            return OptionalDouble.empty();
        }
        double delta = Double.parseDouble(value);
        if (!(delta > 0 && delta < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("not purity or a number > 0");
        }
        return OptionalDouble.of(delta);
    }

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        int b = Math.min(budget, input.size());
        if (b == 0) {
            return new int[0];
        }
        NormalisedPool pool = NormalisedPool.of(input);
        BallGraph graph = BallGraph.build(kernels, pool.points(),
                squaredRadius(pool.points(), input.predictions().numClasses(), random));
        return greedy(graph, pool.labelled(), b, random);
    }

    double squaredRadius(Embeddings points, int classes, SplittableRandom random) {
        if (delta.isPresent()) {
            return delta.getAsDouble() * delta.getAsDouble();
        }
        return PurityRadius.squared(kernels, points, classes, purity, random.nextLong());
    }

    /** b candidate positions: rows {@code labelled..} of the graph, greedy max coverage from the labelled balls. */
    static int[] greedy(BallGraph graph, int labelled, int b, SplittableRandom random) {
        int n = graph.size();
        boolean[] covered = new boolean[n];
        for (int l = 0; l < labelled; l++) {
            graph.cover(l, covered);
        }
        // Upper bounds of each candidate's uncovered count, largest first, then the lowest row.
        PriorityQueue<Long> bounds = new PriorityQueue<>();
        for (int x = labelled; x < n; x++) {
            bounds.add(key(graph.uncovered(x, covered), x));
        }
        boolean[] picked = new boolean[n];
        int[] picks = new int[b];
        for (int p = 0; p < b; p++) {
            int chosen = -1;
            while (chosen < 0) {
                long top = bounds.poll();
                int x = (int) top;
                int bound = Integer.MAX_VALUE - (int) (top >>> 32);
                int fresh = graph.uncovered(x, covered);
                if (fresh == bound) {
                    chosen = x;
                } else {
                    bounds.add(key(fresh, x));
                }
            }
            if (graph.uncovered(chosen, covered) == 0) {
                return fill(picks, p, picked, labelled, n, random);
            }
            graph.cover(chosen, covered);
            picked[chosen] = true;
            picks[p] = chosen - labelled;
        }
        return picks;
    }

    private static long key(int bound, int row) {
        return ((long) (Integer.MAX_VALUE - bound) << 32) | row;
    }

    /** Picks p.. drawn uniformly, without replacement, from the candidates not yet picked. */
    private static int[] fill(int[] picks, int p, boolean[] picked, int labelled, int n, SplittableRandom random) {
        int[] left = IntStream.range(labelled, n).filter(x -> !picked[x]).map(x -> x - labelled).toArray();
        Shuffle.shuffle(left, random);
        System.arraycopy(left, 0, picks, p, picks.length - p);
        return picks;
    }

    /** Each candidate's ball size in the graph of the candidates alone: FAL-Global keeps the densest. */
    @Override
    public double[] candidateScores(QueryInput input, SplittableRandom random) {
        Embeddings candidates = Geometry.unit(Geometry.embeddings(input.predictions()));
        BallGraph graph = BallGraph.build(kernels, candidates,
                squaredRadius(candidates, input.predictions().numClasses(), random));
        boolean[] none = new boolean[candidates.size()];
        return IntStream.range(0, candidates.size()).mapToDouble(x -> graph.uncovered(x, none)).toArray();
    }
}
