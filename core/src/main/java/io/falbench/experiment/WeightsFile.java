package io.falbench.experiment;

import io.falbench.model.Weights;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** Network weights as a small binary file: count, then per array its name and float32 values (big-endian). */
final class WeightsFile {

    private static final int MAGIC = 0x46574754; // "FWGT"

    private WeightsFile() {
    }

    static void write(Weights weights, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(stream));
        out.writeInt(MAGIC);
        out.writeInt(weights.names().size());
        for (int a = 0; a < weights.names().size(); a++) {
            out.writeUTF(weights.names().get(a));
            float[] values = weights.values().get(a);
            out.writeInt(values.length);
            for (float v : values) {
                out.writeFloat(v);
            }
        }
        out.flush();
    }

    static Weights read(InputStream stream, String where) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(stream))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(where + " is not a falbench weights file; delete it to restart the cell");
            }
            int count = in.readInt();
            List<String> names = new ArrayList<>();
            List<float[]> values = new ArrayList<>();
            for (int a = 0; a < count; a++) {
                names.add(in.readUTF());
                float[] array = new float[in.readInt()];
                for (int i = 0; i < array.length; i++) {
                    array[i] = in.readFloat();
                }
                values.add(array);
            }
            return new Weights(names, values);
        }
    }
}
