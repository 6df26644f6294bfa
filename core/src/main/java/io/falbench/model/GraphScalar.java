package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * A constant that enters an autograd graph: a 0-d float32 tensor in libtorch's own memory, on the manager of the
 * array it meets (closed with the batch, after the backward pass). DJL's {@code mul(Number)}, {@code div(Number)} and
 * the like wrap the number in a tensor over a Java direct buffer and close that tensor as soon as the operation
 * returns; the graph still holds the tensor for the backward pass, whose memory the garbage collector then frees and
 * the allocator reuses: a collection between forward and backward made the gradient garbage (IFAL's distillation
 * turned NaN or drifted in about one run in twenty of a small test protocol). The value, dtype and shape are those
 * of DJL's wrapped number, so the arithmetic is unchanged.
 */
final class GraphScalar {

    private GraphScalar() {
    }

    /** {@code value} as a 0-d tensor on {@code beside}'s manager. */
    static NDArray of(NDArray beside, float value) {
        return beside.getManager().full(new Shape(), value);
    }
}
