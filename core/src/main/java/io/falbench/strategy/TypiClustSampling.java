package io.falbench.strategy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * TypiClust (Hacohen, Dekel and Weinshall, ICML 2022, "Active Learning on a Budget: Opposite Strategies Suit High and
 * Low Budgets"), its k-means variant as the official code runs it (avihu111/TypiClust {@code pycls/al/typiclust.py}
 * {@code TypiClust}, {@code --al typiclust_rp}), on the query model's penultimate embeddings of the client's labelled
 * samples and candidates, L2-normalised ({@link NormalisedPool}; the official code clusters self-supervised SimCLR
 * features, which falbench does not train, but reads from {@link EmbeddingsFile} when given). k-means (scikit-learn's KMeans, {@link SklearnKMeans}) into
 * min(|labelled| + b, 500) clusters; clusters of more than 5 samples ordered by fewest labelled samples, then largest
 * (then cluster id); pick i goes to cluster i mod (their count), and takes the cluster's most typical sample not
 * labelled or picked ({@link Typicality} among those samples, k = min(20, their count / 2)). Beyond the official
 * code, which fails there: a cluster with no sample left is passed over, and once every such cluster is spent the
 * small clusters follow in the same order.
 */
public record TypiClustSampling(Kernels kernels) implements QueryStrategy {

    static final int MIN_CLUSTER_SIZE = 5;
    static final int MAX_CLUSTERS = 500;
    static final int NEIGHBOURS = 20;

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        return QueryStrategy.choose(budget, input.size(), b -> {
            NormalisedPool pool = NormalisedPool.of(input);
            int k = Math.min(pool.labelled() + b, MAX_CLUSTERS);
            int[] clusters = new SklearnKMeans(kernels).fit(pool.points(), k, random.nextLong()).labels();
            return pick(pool, clusters, k, b);
        });
    }

    /** The b picks (candidate positions) given each pool row's cluster. */
    int[] pick(NormalisedPool pool, int[] clusters, int k, int b) {
        int[] size = new int[k];
        int[] labelledCount = new int[k];
        for (int i = 0; i < pool.size(); i++) {
            size[clusters[i]]++;
            if (i < pool.labelled()) {
                labelledCount[clusters[i]]++;
            }
        }
        Comparator<Integer> order = Comparator.<Integer>comparingInt(c -> labelledCount[c])
                .thenComparingInt(c -> -size[c]).thenComparingInt(c -> c);
        List<Integer> large = IntStream.range(0, k).filter(c -> size[c] > MIN_CLUSTER_SIZE).boxed().sorted(order)
                .toList();
        List<Integer> small = IntStream.range(0, k).filter(c -> size[c] > 0 && size[c] <= MIN_CLUSTER_SIZE).boxed()
                .sorted(order).toList();
        boolean[] open = new boolean[pool.size()];
        Arrays.fill(open, pool.labelled(), pool.size(), true);
        int[] left = new int[k];
        for (int i = pool.labelled(); i < pool.size(); i++) {
            left[clusters[i]]++;
        }
        int[] picks = new int[b];
        int[] turns = new int[2];
        for (int p = 0; p < b; p++) {
            int t = large.stream().anyMatch(c -> left[c] > 0) ? 0 : 1;
            List<Integer> tier = t == 0 ? large : small;
            int cluster;
            do {
                cluster = tier.get(turns[t]++ % tier.size());
            } while (left[cluster] == 0);
            int chosen = mostTypical(pool.points(), clusters, cluster, open);
            open[chosen] = false;
            left[cluster]--;
            picks[p] = chosen - pool.labelled();
        }
        return picks;
    }

    /** The open row of {@code cluster} of highest typicality among the cluster's open rows (ties: the first). */
    private int mostTypical(Embeddings points, int[] clusters, int cluster, boolean[] open) {
        int[] members = IntStream.range(0, points.size()).filter(i -> open[i] && clusters[i] == cluster).toArray();
        double[] typicality = Typicality.scores(kernels, Geometry.rows(points, members),
                Math.min(NEIGHBOURS, members.length / 2));
        return members[TopScores.top(typicality, 1)[0]];
    }

    /** Typicality among the candidates (k = min(20, n / 2)): FAL-Global keeps the most typical. */
    @Override
    public double[] candidateScores(QueryInput input, SplittableRandom random) {
        Embeddings candidates = Geometry.unit(Geometry.embeddings(input.predictions()));
        return Typicality.scores(kernels, candidates, Math.min(NEIGHBOURS, candidates.size() / 2));
    }
}
