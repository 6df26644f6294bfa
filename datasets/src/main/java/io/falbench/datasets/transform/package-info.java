/**
 * Seeded transforms of image sets: long tail, shot noise, stratified samples. Uses {@code io.falbench.datasets.image}
 * only.
 */
package io.falbench.datasets.transform;
