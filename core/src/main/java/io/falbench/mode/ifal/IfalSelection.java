package io.falbench.mode.ifal;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.strategy.Geometry;
import io.falbench.strategy.KMeansRepresentatives;
import io.falbench.strategy.TopScores;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * IFAL's selection of b candidates (chenchenzong/IFAL {@code query_strategies/fal/ifal.py} at 39c3989, lines
 * 126-165, {@code sample} lines 167-178). Pass 1: the candidates whose U = U1 x U2 exceeds {@link Otsu}'s threshold of
 * U; k-means (scikit-learn's, {@link KMeansRepresentatives}) on their local-model features, L2-normalised, into
 * min(b, their count) clusters, the member nearest each centre. Only when that gives exactly b picks are they the
 * query; otherwise pass 2 starts afresh with U1 alone in place of U (its own threshold and clustering). When that too
 * gives fewer than b, the b candidates of highest U (ties: the lower position; the reference's {@code argsort}
 * leaves them open). Fewer than b picks happen when fewer than b candidates pass the threshold, or when clusters come
 * out empty; b is at most the pool.
 */
final class IfalSelection {

    private IfalSelection() {
    }

    /**
     * The positions picked and the pass that picked them: 1 (U over its threshold), 2 (U1 over its threshold) or 3
     * (the top b of U); 0 when nothing is asked. {@code firstCandidates}: how many candidates passed the first filter.
     */
    record Picks(int[] positions, int pass, int firstCandidates) {
    }

    /**
     * @param interModel U1 of every candidate
     * @param intraModel U2 of every candidate
     * @param features   the candidates' local-model penultimate features (raw; normalised here)
     */
    static Picks select(Kernels kernels, double[] interModel, double[] intraModel, Embeddings features, int b,
                        SplittableRandom random) {
        if (b <= 0) {
            return new Picks(new int[0], 0, 0);
        }
        double[] scores = Inconsistency.combined(interModel, intraModel);
        Embeddings unit = Geometry.unit(features);
        int[] first = aboveThreshold(scores);
        int[] picks = clustered(kernels, unit, first, b, random);
        if (picks.length == b) {
            return new Picks(picks, 1, first.length);
        }
        picks = clustered(kernels, unit, aboveThreshold(interModel), b, random);
        if (picks.length == b) {
            return new Picks(picks, 2, first.length);
        }
        return new Picks(TopScores.top(scores, b), 3, first.length);
    }

    /** The positions whose value exceeds Otsu's threshold of all values, ascending. */
    static int[] aboveThreshold(double[] values) {
        double threshold = Otsu.threshold(values);
        return IntStream.range(0, values.length).filter(i -> values[i] > threshold).toArray();
    }

    /**
     * The k-means picks among {@code candidates} (positions), min(b, their count) clusters; none when fewer than b
     * candidates, whose picks the reference clusters and then discards.
     */
    private static int[] clustered(Kernels kernels, Embeddings unit, int[] candidates, int b,
                                   SplittableRandom random) {
        if (candidates.length < b) {
            return new int[0];
        }
        return Geometry.through(candidates, KMeansRepresentatives.of(kernels, Geometry.rows(unit, candidates), b,
                random.nextLong()));
    }
}
