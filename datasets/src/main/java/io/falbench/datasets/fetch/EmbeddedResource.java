package io.falbench.datasets.fetch;

import java.io.IOException;
import java.io.InputStream;

/** Files shipped inside the falbench jar as gzip resources under {@code resourceDir} (no network needed). */
public record EmbeddedResource(String resourceDir) implements DatasetSource {

    @Override
    public String describe() {
        return "embedded resource " + resourceDir;
    }

    @Override
    public boolean canonical() {
        return true;
    }

    @Override
    public void fetch(FetchRequest request) throws IOException {
        for (String name : request.wantedFiles()) {
            String resource = resourceDir + "/" + name + ".gz";
            try (InputStream in = EmbeddedResource.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("resource " + resource + " is not on the class path; rebuild falbench");
                }
                request.accept(name + ".gz", in);
            }
        }
    }
}
