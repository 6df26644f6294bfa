package io.falbench.datasets.fetch;

import java.io.IOException;
import java.io.InputStream;

/** Canonical source publishing each file as {@code baseUrl + name + ".gz"} (the MNIST and Fashion-MNIST layout). */
public record HttpGzipFiles(String baseUrl) implements DatasetSource {

    @Override
    public String describe() {
        return "canonical " + baseUrl;
    }

    @Override
    public boolean canonical() {
        return true;
    }

    @Override
    public void fetch(FetchRequest request) throws IOException {
        for (String name : request.wantedFiles()) {
            String url = baseUrl + name + ".gz";
            request.log().accept("  downloading " + url);
            try (InputStream in = Http.open(url)) {
                request.accept(name + ".gz", in);
            }
        }
    }
}
