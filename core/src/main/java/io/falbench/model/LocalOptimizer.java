package io.falbench.model;

/**
 * The optimiser of a local training: SGD with momentum and weight decay (FairFAL, LoGo, KAFAL, the Dataiku study), or
 * Adam (FEAL, Chen et al., CVPR 2024: lr 5e-4, weight decay 5e-4), both with PyTorch's update rules
 * ({@link ResettableSgd}, {@link ResettableAdam}).
 */
public enum LocalOptimizer {
    SGD,
    /** torch.optim.Adam: betas (0.9, 0.999), eps 1e-8, L2 weight decay added to the gradient, no amsgrad. */
    ADAM
}
