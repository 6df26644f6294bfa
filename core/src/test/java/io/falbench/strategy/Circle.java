package io.falbench.strategy;

import io.falbench.model.Predictions;

/** Hand-made embeddings on a circle: TypiClust and ProbCover compare directions (they L2-normalise). */
final class Circle {

    private static final float[] UNSURE = {0.5f, 0.5f};

    private Circle() {
    }

    /** One row per angle (degrees), at radius 1 + i (the norm must not matter), two classes. */
    static Predictions at(double... degrees) {
        float[][] p = new float[degrees.length][];
        float[][] e = new float[degrees.length][];
        for (int i = 0; i < degrees.length; i++) {
            double radians = Math.toRadians(degrees[i]);
            p[i] = UNSURE.clone();
            e[i] = new float[] {(float) ((1 + i) * Math.cos(radians)), (float) ((1 + i) * Math.sin(radians))};
        }
        return Toy.predictions(p, e);
    }

    /** The chord between two unit vectors {@code degrees} apart. */
    static double chord(double degrees) {
        return 2 * Math.sin(Math.toRadians(degrees) / 2);
    }

    /** {@code centre + offsets[i]} for every offset. */
    static double[] around(double centre, double... offsets) {
        double[] out = new double[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            out[i] = centre + offsets[i];
        }
        return out;
    }

    static double[] concat(double[]... parts) {
        return java.util.Arrays.stream(parts).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    static QueryInput input(Predictions candidates, Predictions labelled) {
        int[] ids = Toy.ids(labelled.size());
        return new QueryInput(Toy.ids(candidates.size()), candidates, ids, labelled, new int[labelled.size()]);
    }
}
