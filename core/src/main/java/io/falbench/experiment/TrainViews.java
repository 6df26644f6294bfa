package io.falbench.experiment;

import io.falbench.datasets.image.ImageSet;

/**
 * One cell's training images as the clients train on them and as their queries score them. One set serves both
 * unless the quirk {@code long-tail-two-views} is on: FairFAL's code builds its long-tailed training and query sets
 * as two independent draws, so position i holds an image of the same class but usually not the same image.
 *
 * @param queryOrigins for each position, the published training index of the query view's image (the row of
 *                     {@code embeddings.file} its queries read)
 */
public record TrainViews(ImageSet train, ImageSet query, int[] queryOrigins) {

    public TrainViews {
        if (train.size() != query.size() || query.size() != queryOrigins.length) {
            throw new IllegalArgumentException("training view holds " + train.size() + " images, query view "
                    + query.size() + " with " + queryOrigins.length + " published indices");
        }
    }

    /** The published training set, or one subset of it (at published indices {@code origins}), as both views. */
    public static TrainViews single(ImageSet images, int[] origins) {
        return new TrainViews(images, images, origins);
    }

    public boolean separate() {
        return train != query;
    }
}
