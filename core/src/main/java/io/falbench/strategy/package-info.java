/**
 * Single-model query strategies (random, uncertainty, k-means family, CoreSet, BADGE, TypiClust, ProbCover, ALFA-Mix)
 * and their registry, whose entries say what each needs; each says how it ranks candidates. Uses kernels,
 * model.Predictions and model.LinearHead, settings, registry.
 */
package io.falbench.strategy;
