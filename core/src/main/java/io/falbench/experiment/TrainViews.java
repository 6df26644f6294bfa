package io.falbench.experiment;

import io.falbench.datasets.image.ImageSet;

/**
 * One cell's training images as the clients train on them and as their queries score them. One set serves both
 * unless the quirk {@code long-tail-two-views} is on: FairFAL's code builds its long-tailed training and query sets
 * as two independent draws, so position i holds an image of the same class but usually not the same image.
 */
public record TrainViews(ImageSet train, ImageSet query) {

    public TrainViews {
        if (train.size() != query.size()) {
            throw new IllegalArgumentException("training view holds " + train.size() + " images, query view "
                    + query.size());
        }
    }

    public static TrainViews single(ImageSet images) {
        return new TrainViews(images, images);
    }

    public boolean separate() {
        return train != query;
    }
}
