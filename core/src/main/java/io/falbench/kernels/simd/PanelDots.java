package io.falbench.kernels.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The GEMM micro-kernel of the java backend's point searches (the BLAS outer-product scheme, Goto and van de Geijn
 * 2008): centres packed dimension-major into panels of four vectors (64 centres with AVX-512), six rows at a time,
 * each row's coordinate broadcast into 24 vector accumulators, so every loaded centre vector feeds six multiply-adds
 * and no lane reduction is needed. Centres beyond the last full panel go through {@link VectorDots#fourRows}.
 * Where vectors are narrower than 16 floats (AVX2, SSE: 16 vector registers, not AVX-512's 32), 24 accumulators do
 * not fit and spill to the stack; there each panel is packed and taken in two halves of 12 accumulators (the BLIS
 * Haswell kernel's 6 x 2 vectors). Every accumulator still sums its row and centre over d in order, so the dots are
 * bit for bit the same. Loaded only when {@link Simd#ENABLED}.
 */
public final class PanelDots {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Centres per panel. */
    public static final int WIDTH = 4 * LANES;
    /** Rows per call of {@link #sixRows}. */
    public static final int ROWS = 6;
    /** Whether a panel's 24 accumulators fit the vector registers (32 with AVX-512), else it is taken in halves. */
    static final boolean WHOLE_PANELS = LANES >= 16;

    private PanelDots() {
    }

    public static int fullPanels(int k) {
        return k / WIDTH;
    }

    /**
     * The first panels * WIDTH centres (k x dim, row-major), packed dimension-major in the groups {@link #sixRows}
     * reads: packed[(g * dim + d) * width + t] = c[g * width + t][d], width a whole panel or, where panels are taken
     * in halves, half of one (each group's coordinates contiguous, so a half panel streams without gaps).
     */
    public static float[] pack(float[] centres, int panels, int dim) {
        return pack(centres, panels * WIDTH, dim, WHOLE_PANELS ? WIDTH : WIDTH / 2);
    }

    static float[] pack(float[] centres, int count, int dim, int width) {
        float[] packed = new float[count * dim];
        for (int j = 0; j < count; j++) {
            int base = (j / width) * dim * width + j % width;
            for (int d = 0; d < dim; d++) {
                packed[base + d * width] = centres[j * dim + d];
            }
        }
        return packed;
    }

    /** out[first + r][j] = x[row + r] . c[j] for r < 6 and j < panels * WIDTH. */
    public static void sixRows(float[] x, int row, int dim, float[] packed, int panels, float[][] out, int first) {
        if (WHOLE_PANELS) {
            sixRowsWholePanels(x, row, dim, packed, panels, out, first);
        } else {
            sixRowsHalfPanels(x, row, dim, packed, panels, out, first);
        }
    }

    /** {@link #sixRows} with 12 accumulators at a time, on centres packed in half panels. */
    static void sixRowsHalfPanels(float[] x, int row, int dim, float[] packed, int panels, float[][] out, int first) {
        for (int half = 0; half < 2 * panels; half++) {
            sixRowsHalfPanel(x, row, dim, packed, half, out, first);
        }
    }

    /** {@link #sixRows} with 24 accumulators, on centres packed in whole panels. */
    static void sixRowsWholePanels(float[] x, int row, int dim, float[] packed, int panels, float[][] out, int first) {
        int x0 = row * dim;
        int x1 = x0 + dim;
        int x2 = x1 + dim;
        int x3 = x2 + dim;
        int x4 = x3 + dim;
        int x5 = x4 + dim;
        for (int p = 0; p < panels; p++) {
            int base = p * dim * WIDTH;
            FloatVector z = FloatVector.zero(SPECIES);
            FloatVector a0 = z, a1 = z, a2 = z, a3 = z, b0 = z, b1 = z, b2 = z, b3 = z, e0 = z, e1 = z, e2 = z, e3 = z;
            FloatVector f0 = z, f1 = z, f2 = z, f3 = z, g0 = z, g1 = z, g2 = z, g3 = z, h0 = z, h1 = z, h2 = z, h3 = z;
            for (int d = 0; d < dim; d++) {
                int o = base + d * WIDTH;
                FloatVector w0 = FloatVector.fromArray(SPECIES, packed, o);
                FloatVector w1 = FloatVector.fromArray(SPECIES, packed, o + LANES);
                FloatVector w2 = FloatVector.fromArray(SPECIES, packed, o + 2 * LANES);
                FloatVector w3 = FloatVector.fromArray(SPECIES, packed, o + 3 * LANES);
                FloatVector u = FloatVector.broadcast(SPECIES, x[x0 + d]);
                a0 = w0.fma(u, a0);
                a1 = w1.fma(u, a1);
                a2 = w2.fma(u, a2);
                a3 = w3.fma(u, a3);
                u = FloatVector.broadcast(SPECIES, x[x1 + d]);
                b0 = w0.fma(u, b0);
                b1 = w1.fma(u, b1);
                b2 = w2.fma(u, b2);
                b3 = w3.fma(u, b3);
                u = FloatVector.broadcast(SPECIES, x[x2 + d]);
                e0 = w0.fma(u, e0);
                e1 = w1.fma(u, e1);
                e2 = w2.fma(u, e2);
                e3 = w3.fma(u, e3);
                u = FloatVector.broadcast(SPECIES, x[x3 + d]);
                f0 = w0.fma(u, f0);
                f1 = w1.fma(u, f1);
                f2 = w2.fma(u, f2);
                f3 = w3.fma(u, f3);
                u = FloatVector.broadcast(SPECIES, x[x4 + d]);
                g0 = w0.fma(u, g0);
                g1 = w1.fma(u, g1);
                g2 = w2.fma(u, g2);
                g3 = w3.fma(u, g3);
                u = FloatVector.broadcast(SPECIES, x[x5 + d]);
                h0 = w0.fma(u, h0);
                h1 = w1.fma(u, h1);
                h2 = w2.fma(u, h2);
                h3 = w3.fma(u, h3);
            }
            // stores written out: a helper taking the vectors would box them and slow the loop threefold
            int c = p * WIDTH;
            float[] row0 = out[first];
            a0.intoArray(row0, c);
            a1.intoArray(row0, c + LANES);
            a2.intoArray(row0, c + 2 * LANES);
            a3.intoArray(row0, c + 3 * LANES);
            float[] row1 = out[first + 1];
            b0.intoArray(row1, c);
            b1.intoArray(row1, c + LANES);
            b2.intoArray(row1, c + 2 * LANES);
            b3.intoArray(row1, c + 3 * LANES);
            float[] row2 = out[first + 2];
            e0.intoArray(row2, c);
            e1.intoArray(row2, c + LANES);
            e2.intoArray(row2, c + 2 * LANES);
            e3.intoArray(row2, c + 3 * LANES);
            float[] row3 = out[first + 3];
            f0.intoArray(row3, c);
            f1.intoArray(row3, c + LANES);
            f2.intoArray(row3, c + 2 * LANES);
            f3.intoArray(row3, c + 3 * LANES);
            float[] row4 = out[first + 4];
            g0.intoArray(row4, c);
            g1.intoArray(row4, c + LANES);
            g2.intoArray(row4, c + 2 * LANES);
            g3.intoArray(row4, c + 3 * LANES);
            float[] row5 = out[first + 5];
            h0.intoArray(row5, c);
            h1.intoArray(row5, c + LANES);
            h2.intoArray(row5, c + 2 * LANES);
            h3.intoArray(row5, c + 3 * LANES);
        }
    }

    /** out[first + r][half * 2 * LANES + t] for r < 6, t < 2 * LANES: one half panel, twelve accumulators. */
    private static void sixRowsHalfPanel(float[] x, int row, int dim, float[] packed, int half, float[][] out, int first) {
        int x0 = row * dim;
        int x1 = x0 + dim;
        int x2 = x1 + dim;
        int x3 = x2 + dim;
        int x4 = x3 + dim;
        int x5 = x4 + dim;
        int width = 2 * LANES;
        int base = half * dim * width;
        FloatVector z = FloatVector.zero(SPECIES);
        FloatVector a0 = z, a1 = z, b0 = z, b1 = z, e0 = z, e1 = z, f0 = z, f1 = z, g0 = z, g1 = z, h0 = z, h1 = z;
        for (int d = 0; d < dim; d++) {
            int o = base + d * width;
            FloatVector w0 = FloatVector.fromArray(SPECIES, packed, o);
            FloatVector w1 = FloatVector.fromArray(SPECIES, packed, o + LANES);
            FloatVector u = FloatVector.broadcast(SPECIES, x[x0 + d]);
            a0 = w0.fma(u, a0);
            a1 = w1.fma(u, a1);
            u = FloatVector.broadcast(SPECIES, x[x1 + d]);
            b0 = w0.fma(u, b0);
            b1 = w1.fma(u, b1);
            u = FloatVector.broadcast(SPECIES, x[x2 + d]);
            e0 = w0.fma(u, e0);
            e1 = w1.fma(u, e1);
            u = FloatVector.broadcast(SPECIES, x[x3 + d]);
            f0 = w0.fma(u, f0);
            f1 = w1.fma(u, f1);
            u = FloatVector.broadcast(SPECIES, x[x4 + d]);
            g0 = w0.fma(u, g0);
            g1 = w1.fma(u, g1);
            u = FloatVector.broadcast(SPECIES, x[x5 + d]);
            h0 = w0.fma(u, h0);
            h1 = w1.fma(u, h1);
        }
        int c = half * width;
        a0.intoArray(out[first], c);
        a1.intoArray(out[first], c + LANES);
        b0.intoArray(out[first + 1], c);
        b1.intoArray(out[first + 1], c + LANES);
        e0.intoArray(out[first + 2], c);
        e1.intoArray(out[first + 2], c + LANES);
        f0.intoArray(out[first + 3], c);
        f1.intoArray(out[first + 3], c + LANES);
        g0.intoArray(out[first + 4], c);
        g1.intoArray(out[first + 4], c + LANES);
        h0.intoArray(out[first + 5], c);
        h1.intoArray(out[first + 5], c + LANES);
    }
}
