package io.falbench.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeKeysTest {

    @Test
    void theReadmeKeyTableIsTheOneTheDeclarationsWrite() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String begin = "<!-- keys:begin (scripts/falbench list --keys) -->\n";
        String end = "<!-- keys:end -->";
        assertThat(readme).contains(begin, end);
        String table = readme.substring(readme.indexOf(begin) + begin.length(), readme.indexOf(end));
        assertThat(table).as("README key table; regenerate with scripts/falbench list --keys")
                .isEqualTo(ProtocolKeys.markdownTable());
    }
}
