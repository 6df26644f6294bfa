package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * How a network's input batches lie in memory (PyTorch's {@code torch.memory_format}): {@code contiguous}, NCHW as
 * the pixels are stored; or {@code channels-last}, the same NCHW tensor with NHWC strides, which libtorch's oneDNN
 * convolutions, batch norm and max pooling take without reordering and pass on to the next layer (Fedyunin, "Channels
 * last memory format in PyTorch"). The logical tensor is the same; the kernels, and so the rounding of their sums,
 * differ: results agree to float tolerance, not bit for bit. A one-channel batch (MNIST, Fashion-MNIST) lies the same
 * in both layouts and is handed over as it is, so libtorch keeps NCHW there: the option changes nothing for them.
 */
public enum MemoryFormat {
    CONTIGUOUS, CHANNELS_LAST;

    /** The protocol's spelling: {@code contiguous} or {@code channels-last}. */
    public String id() {
        return this == CONTIGUOUS ? "contiguous" : "channels-last";
    }

    /** The NCHW batch {@code pixels} (row-major, {@code batch} images of {@code channels x height x width}) as input. */
    NDArray input(NDManager manager, float[] pixels, int batch, int channels, int height, int width) {
        if (this == CONTIGUOUS || channels == 1) {
            return manager.create(pixels, new Shape(batch, channels, height, width));
        }
        return manager.create(toNhwc(pixels, batch, channels, height * width), new Shape(batch, height, width,
                channels)).transpose(0, 3, 1, 2);
    }

    /** The NCHW images {@code pixels} in NHWC order. */
    static float[] toNhwc(float[] pixels, int batch, int channels, int plane) {
        float[] out = new float[pixels.length];
        for (int image = 0; image < batch; image++) {
            int base = image * channels * plane;
            for (int c = 0; c < channels; c++) {
                int from = base + c * plane;
                for (int p = 0; p < plane; p++) {
                    out[base + p * channels + c] = pixels[from + p];
                }
            }
        }
        return out;
    }
}
