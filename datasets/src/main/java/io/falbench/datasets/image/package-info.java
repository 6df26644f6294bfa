/**
 * Images in memory: {@link io.falbench.datasets.image.ImageSet}, a labelled set as one flat float array. The leaf of
 * the datasets module: the readers ({@code format}), the transforms ({@code transform}) and the registry and loader
 * above them all build on it. Uses nothing else in falbench.
 */
package io.falbench.datasets.image;
