package io.falbench.model;

/**
 * Monte Carlo dropout (Gal and Ghahramani, ICML 2016): the softmax probabilities of {@code passes} stochastic forward
 * passes over {@code size} samples, dropout on and BatchNorm in inference mode; row-major, pass by pass
 * ({@code passes x size x numClasses}).
 */
public record DropoutPredictions(float[] probabilities, int passes, int size, int numClasses) {

    public DropoutPredictions {
        if (probabilities.length != (long) passes * size * numClasses) {
            throw new IllegalArgumentException("dropout prediction array does not match " + passes + " passes of "
                    + size + " samples");
        }
    }

    public float probability(int pass, int sample, int c) {
        return probabilities[(pass * size + sample) * numClasses + c];
    }
}
