package io.falbench.datasets.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Canonical source publishing one .tar.gz holding the files (the CIFAR-10 layout). */
public record HttpTarball(String url) implements DatasetSource {

    @Override
    public String describe() {
        return "canonical " + url;
    }

    @Override
    public boolean canonical() {
        return true;
    }

    @Override
    public void fetch(FetchRequest request) throws IOException {
        request.log().accept("  downloading " + url);
        try (InputStream in = new GZIPInputStream(Http.open(url), 1 << 16)) {
            request.acceptTar(in, url, "the download was cut short or damaged: run the fetch again");
        }
    }
}
