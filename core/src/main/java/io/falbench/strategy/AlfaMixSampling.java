package io.falbench.strategy;

import io.falbench.datasets.transform.Shuffle;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * ALFA-Mix (Parvaneh, Abbasnejad, Teney, Haffari, van den Hengel and Shi, CVPR 2022, "Active Learning by Feature
 * Mixing") as LoGo's code runs it (raymin0223/LoGo {@code query_strategies/alfa_mix.py} {@code ALFAMix} at 536e8cb,
 * closed-form alpha), on the query model's penultimate embeddings and linear head. For the caps 0.2, 0.4, ... up to
 * the first >= 1 (0.2, 0.4, 0.6, 0.8, 1.0: {@link #CAP_STEP} and its multiples), the candidates that
 * {@link FeatureMixing} finds inconsistent join the inconsistent set, until it holds more than b. Its embeddings,
 * L2-normalised ({@link Geometry#unit}), are clustered by scikit-learn's KMeans into min(b, its size) clusters; each
 * cluster gives its sample nearest the centre (ties: the first), in cluster order, a cluster left empty none
 * ({@link KMeansRepresentatives}). The picks still missing are drawn uniformly, without replacement, from the candidates not
 * picked (the reference draws them with replacement).
 */
public record AlfaMixSampling(Kernels kernels) implements QueryStrategy {

    /**
     * The step of the caps (LoGo's {@code alpha_cap}, a constant there as here: a protocol key would change the
     * fingerprint of every protocol, the running ones' included).
     */
    static final double CAP_STEP = 0.2;

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        return QueryStrategy.choose(budget, input.size(), b -> {
            int[] inconsistent = inconsistent(FeatureMixing.of(input), input.size(), b, CAP_STEP);
            int[] picks = new int[0];
            if (inconsistent.length > 0) {
                Embeddings points = Geometry.unit(Geometry.embeddings(input.predictions(), inconsistent));
                picks = Geometry.through(inconsistent, KMeansRepresentatives.of(kernels, points,
                        Math.min(b, inconsistent.length), random.nextLong()));
            }
            return filled(picks, b, input.size(), random);
        });
    }

    /** The caps in order: step, 2 step, ... while the last is below 1, summed as the reference sums them. */
    static List<Double> caps(double step) {
        List<Double> caps = new ArrayList<>();
        double cap = 0;
        while (cap < 1.0) {
            cap += step;
            caps.add(cap);
        }
        return caps;
    }

    /** The inconsistent candidates (positions, ascending) once the caps have run or their count exceeds b. */
    static int[] inconsistent(FeatureMixing mixing, int n, int b, double step) {
        boolean[] flagged = new boolean[n];
        int count = 0;
        for (double cap : caps(step)) {
            for (int i = 0; i < n; i++) {
                if (!flagged[i] && mixing.inconsistent(i, cap)) {
                    flagged[i] = true;
                    count++;
                }
            }
            if (count > b) {
                break;
            }
        }
        return IntStream.range(0, n).filter(i -> flagged[i]).toArray();
    }

    /** {@code picks} and then b - |picks| candidates drawn uniformly, without replacement, from those not picked. */
    static int[] filled(int[] picks, int b, int n, SplittableRandom random) {
        if (picks.length == b) {
            return picks;
        }
        boolean[] picked = new boolean[n];
        for (int p : picks) {
            picked[p] = true;
        }
        int[] left = IntStream.range(0, n).filter(i -> !picked[i]).toArray();
        Shuffle.shuffle(left, random);
        int[] out = Arrays.copyOf(picks, b);
        System.arraycopy(left, 0, out, picks.length, b - picks.length);
        return out;
    }

    /** Margin: FAL-Global ranks by it (its candidate scores see no labelled set and no head, so no anchors). */
    @Override
    public double[] candidateScores(QueryInput input, SplittableRandom random) {
        return UncertaintySampling.margins(kernels, input.predictions());
    }
}
