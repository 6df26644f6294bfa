/**
 * FAL modes (who queries, with which model, where diversity is computed) and their registry, budget quotas, the
 * client-side local models modes query with. Uses fl, strategy, kernels, model, settings, registry.
 */
package io.falbench.mode;
