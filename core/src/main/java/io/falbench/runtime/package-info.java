/**
 * Process-wide runtime concerns: named seeded random streams, native thread counts. Uses nothing else in falbench.
 */
package io.falbench.runtime;
