package io.falbench.kernels.java;

/**
 * One backend's pass for seeding: keeps D(x), the squared distance of every point to its nearest chosen centre
 * or anchor (+infinity before any), and lowers it with min when a centre is added: one pass over the points per centre.
 * Seeding decides which point comes next; the backend only computes distances.
 */
public interface CentreDistances extends AutoCloseable {

    int size();

    /** ||x||^2 per point (for a gradient embedding ||r||^2 ||h||^2), for the BADGE rule "first centre = largest norm". */
    float[] squaredNorms();

    /** D = min(D, d(x, point)); the chosen point gets D = 0. */
    void addCentre(int point);

    /** D = min(D, d(x, anchor)); anchors are extra rows (labelled samples), never candidates. */
    void addAnchor(int anchor);

    int anchors();

    /** The current D; may be the backend's own array: read it, do not keep or change it. */
    float[] distances();

    @Override
    void close();
}
