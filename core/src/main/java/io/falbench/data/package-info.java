/**
 * A client's sample pools (labelled and unlabelled, always disjoint) and the oracle that reveals a label once.
 * Uses the datasets module only.
 */
package io.falbench.data;
