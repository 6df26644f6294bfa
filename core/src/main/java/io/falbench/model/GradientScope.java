package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Records the autograd graph of one optimizer step on the calling thread only: PyTorch's grad mode is per thread,
 * whereas DJL's gradient collector allows one collector in the whole process, which would forbid training several
 * clients' networks at once ({@code io.falbench.fl.ClientWorkers}). Same arithmetic as DJL's collector: backward from
 * the loss with a gradient of ones, no graph kept.
 */
final class GradientScope implements AutoCloseable {

    private final boolean previous;

    GradientScope() {
        previous = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
    }

    void backward(NDArray loss) {
        try (NDArray ones = loss.getManager().ones(loss.getShape(), loss.getDataType())) {
            JniUtils.backward((PtNDArray) loss, (PtNDArray) ones, false, false);
        }
    }

    @Override
    public void close() {
        JniUtils.setGradMode(previous);
    }
}
