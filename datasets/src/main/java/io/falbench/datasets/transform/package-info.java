/**
 * Seeded transforms of image sets: long tail, shot noise, stratified samples.
 */
package io.falbench.datasets.transform;
