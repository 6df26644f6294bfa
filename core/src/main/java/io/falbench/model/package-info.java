/**
 * The networks trained with DJL's PyTorch engine (MLP, CNN4Conv), local SGD training, batched inference
 * (probabilities and penultimate embeddings), and weights as plain float arrays. The only core package besides
 * kernels.djl that touches DJL.
 */
package io.falbench.model;
