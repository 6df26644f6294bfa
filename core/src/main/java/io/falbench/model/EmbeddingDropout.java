package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.SplittableRandom;

/**
 * Dropout (Srivastava et al., JMLR 2014) on the penultimate embedding, the last layer of the feature extractor, as
 * PyTorch's {@code F.dropout} runs it: in training each unit is zeroed with probability p and the others scaled by
 * 1 / (1 - p); in inference it passes the embedding on unchanged. DeepAL's networks, on which BALD's reference code
 * runs, place it there (ej0cl6/deep-active-learning {@code nets.py} at eea3d2c: {@code F.dropout(e1, training=...)}
 * before the last linear layer, p = 0.5). The masks come from a Java stream, not the engine's generator, so a seed
 * gives the same masks on any thread; it has no parameters, so the network's parameter names do not change.
 */
final class EmbeddingDropout extends AbstractBlock {

    private final double rate;
    private final float scale;
    private SplittableRandom stream;

    EmbeddingDropout(double rate) {
        if (!(rate > 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate " + rate + " is not in (0, 1)");
        }
        this.rate = rate;
        this.scale = (float) (1 / (1 - rate));
    }

    /** The stream the masks of training-mode passes are drawn from (the local training's). */
    void drawFrom(SplittableRandom random) {
        this.stream = random;
    }

    /** One unit's mask: 0 with probability p, else 1 / (1 - p). */
    float mask(SplittableRandom random) {
        return random.nextDouble() < rate ? 0f : scale;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        if (!training) {
            return inputs;
        }
        if (stream == null) {
            throw new IllegalStateException("a training-mode pass through dropout before its stream was set"
                    + " (LocalTrainer sets it)");
        }
        NDArray x = inputs.singletonOrThrow();
        float[] masks = new float[Math.toIntExact(x.size())];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = mask(stream);
        }
        return new NDList(x.mul(x.getManager().create(masks, x.getShape())));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }
}
