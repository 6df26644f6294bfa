/**
 * FAL modes (who queries, with which model, where diversity is computed), budget quotas, the client-side local models
 * modes query with; FairFAL in {@code fairfal}, IFAL in {@code ifal}, and the registry of all modes one package up
 * ({@code io.falbench.mode.registry}). Uses fl, strategy, kernels, model, settings, registry.
 */
package io.falbench.mode;
