package io.falbench.datasets.format;

import io.falbench.datasets.image.ImageSet;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Writes an {@link ImageSet} of one channel back to IDX images and labels (pixels rounded to bytes). */
public final class IdxWriter {

    private IdxWriter() {
    }

    public static void writeImages(ImageSet set, OutputStream out) throws IOException {
        if (set.channels() != 1) {
            throw new IllegalArgumentException("IDX images hold one channel, this set has " + set.channels());
        }
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(IdxReader.IMAGES_MAGIC);
        data.writeInt(set.size());
        data.writeInt(set.height());
        data.writeInt(set.width());
        byte[] bytes = new byte[set.pixels().length];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Math.round(set.pixels()[i] * 255f);
        }
        data.write(bytes);
        data.flush();
    }

    public static void writeLabels(ImageSet set, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(IdxReader.LABELS_MAGIC);
        data.writeInt(set.size());
        for (int label : set.labels()) {
            data.writeByte(label);
        }
        data.flush();
    }
}
