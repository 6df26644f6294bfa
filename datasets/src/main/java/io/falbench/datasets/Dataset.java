package io.falbench.datasets;

import io.falbench.datasets.image.ImageSet;
import java.util.List;

/** A data set loaded into memory: its training and test splits and its class names. */
public record Dataset(String name, ImageSet train, ImageSet test, List<String> classNames) {

    public int numClasses() {
        return classNames.size();
    }
}
