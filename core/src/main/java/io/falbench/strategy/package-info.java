/**
 * Single-model query strategies (random, uncertainty, k-means family, CoreSet, BADGE) and their registry; each
 * says what it needs and how it ranks candidates. Uses kernels, model.Predictions, settings, registry.
 */
package io.falbench.strategy;
