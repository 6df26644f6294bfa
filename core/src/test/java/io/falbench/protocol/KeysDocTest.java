package io.falbench.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The key table of docs/keys.md is the one the keys' declarations write. */
class KeysDocTest {

    @Test
    void theKeyTableOfTheDocsIsTheOneTheDeclarationsWrite() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "keys.md"));
        String begin = "<!-- keys:begin (scripts/falbench list --keys) -->\n";
        String end = "<!-- keys:end -->";
        assertThat(doc).as("docs/keys.md's key table markers").contains(begin, end);
        String table = doc.substring(doc.indexOf(begin) + begin.length(), doc.indexOf(end));
        assertThat(table).as("docs/keys.md key table; regenerate it with scripts/falbench list --keys")
                .isEqualTo(ProtocolKeys.markdownTable());
    }
}
