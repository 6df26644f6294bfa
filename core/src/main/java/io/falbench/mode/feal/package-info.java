/**
 * FEAL, federated evidential active learning (Chen et al., CVPR 2024): the evidential uncertainties, the calibrated
 * score and the neighbour relaxation.
 */
package io.falbench.mode.feal;
