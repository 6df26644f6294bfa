/**
 * Declared, typed protocol settings: {@link io.falbench.settings.Key} (name, type, default, range, meaning),
 * {@link io.falbench.settings.Options} (typed values read by key) and their errors. Depends on nothing else in
 * falbench, so every package may declare its own keys.
 */
package io.falbench.settings;
