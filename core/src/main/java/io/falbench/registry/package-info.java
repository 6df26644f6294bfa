/**
 * The one registry shape: {@link io.falbench.registry.Registry} of self-describing
 * {@link io.falbench.registry.Entry entries} (name, aliases, description, options, {@link io.falbench.registry.Need
 * needs}, factory), and the nearest-name suggestions of its errors. Uses only {@code io.falbench.settings}.
 */
package io.falbench.registry;
