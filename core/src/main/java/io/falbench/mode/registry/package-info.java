/**
 * The FAL modes by name: {@link io.falbench.mode.registry.ModeRegistry}, as protocol files and the command line name
 * them, each entry with the options it reads. Above every mode ({@code io.falbench.mode} and its sub-packages such as
 * {@code fairfal}), so no mode depends on the list of all modes. Uses mode, kernels, strategy, quirks, settings,
 * registry.
 */
package io.falbench.mode.registry;
