/**
 * CHASe (Zhang, Wang, Li, Xie, Chen and Shou, IEEE TKDE 2025, arXiv 2504.17448): epistemic variation tracked across
 * local epochs, the alignment loss that calibrates decision boundaries, and the freeze-and-awaken of candidates.
 */
package io.falbench.mode.chase;
