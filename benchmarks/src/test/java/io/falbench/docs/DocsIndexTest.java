package io.falbench.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/README.md, the index, links every document under docs/ and every committed result's README.md and report.md. */
class DocsIndexTest {

    @Test
    void theIndexListsEveryDocumentAndEveryResult() throws IOException {
        Path index = Repository.ROOT.resolve("docs/README.md");
        List<Path> linked = Markdown.read(index).linkedFiles();
        List<Path> expected = new ArrayList<>(Repository.markdownUnder(Repository.ROOT.resolve("docs")));
        expected.remove(index);
        expected.addAll(Repository.markdownUnder(Repository.ROOT.resolve("reports/results")).stream()
                .filter(p -> List.of("README.md", "report.md").contains(p.getFileName().toString())).toList());
        List<String> missing = expected.stream().filter(p -> !linked.contains(p)).map(Repository::relative).toList();
        assertThat(missing).withFailMessage("docs/README.md does not list %s. Fix: add a line to docs/README.md such "
                + "as \"- [NAME.md](path from docs/): what it holds\"", String.join(", ", missing)).isEmpty();
    }
}
