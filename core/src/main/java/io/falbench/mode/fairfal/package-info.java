/**
 * FairFAL (Zong and Huang, CVPR 2026): the adaptive query-model choice, balanced probe sets, prototype
 * pseudo-labels, class quotas and the two-stage class-balanced query.
 */
package io.falbench.mode.fairfal;
