/**
 * The claims of the two sources (the Dataiku FAL study, the FairFAL paper) as tests over a run's cells, each judged
 * reproduced, not reproduced or inconclusive from a paired test across seeds.
 */
package io.falbench.reports.claims;
