package io.falbench.reports.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishedPointsTest {

    private static final Map<String, String> METHOD = Map.of("Random", "random", "Entropy", "entropy",
            "BADGE", "badge", "Coreset", "coreset", "KAFAL", "kafal", "LoGo", "logo", "FairFAL", "fairfal");

    /** The rows of the Markdown table that follows {@code heading} in docs/published-numbers.md. */
    private static List<String[]> table(List<String> doc, String heading) {
        int at = doc.indexOf(heading);
        assertThat(at).as("heading %s in docs/published-numbers.md", heading).isNotNegative();
        return doc.subList(at + 1, doc.size()).stream().dropWhile(l -> !l.startsWith("|"))
                .takeWhile(l -> l.startsWith("|")).skip(2)
                .map(l -> l.substring(1, l.length() - 1).split("\\|")).map(c -> {
                    for (int i = 0; i < c.length; i++) {
                        c[i] = c[i].strip();
                    }
                    return c;
                }).toList();
    }

    @Test
    void theBundledPointsAreTheNumbersOfTheDocs() throws IOException {
        List<String> doc = Files.readAllLines(Path.of("..", "docs", "published-numbers.md"));
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String[] row : table(doc, "## FairFAL, final accuracy at alpha = 0.1 (45% labelled)")) {
            expected.put("fairfal-fmnist-lt " + METHOD.get(row[0]) + " 0.45", Double.parseDouble(row[1]));
            expected.put("fairfal-cifar10-lt " + METHOD.get(row[0]) + " 0.45", Double.parseDouble(row[2]));
        }
        double[] fractions = {0.15, 0.25, 0.35, 0.45};
        for (String[] row : table(doc, "## FairFAL, CIFAR-10-LT accuracy curve (alpha = 0.1)")) {
            for (int i = 0; i < fractions.length; i++) {
                String key = String.format(Locale.ROOT, "fairfal-cifar10-lt %s %.2f", METHOD.get(row[0]), fractions[i]);
                Double before = expected.put(key, Double.parseDouble(row[i + 1]));
                assertThat(before == null || before == Double.parseDouble(row[i + 1]))
                        .as("the curve and the table agree at 45%% for %s", row[0]).isTrue();
            }
        }
        Map<String, Double> bundled = new LinkedHashMap<>();
        for (PublishedPoint p : PublishedPoints.all()) {
            assertThat(p.partition()).isEqualTo("dir-balance:0.1");
            assertThat(p.mode()).isEqualTo(List.of("random", "entropy", "badge", "coreset").contains(p.strategy())
                    ? "f-al" : p.strategy());
            bundled.put(String.format(Locale.ROOT, "%s %s %.2f", p.protocol(), p.strategy(), p.labelledFraction()),
                    100 * p.accuracy());
        }
        assertThat(bundled.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((key, value) -> assertThat(bundled.get(key)).as(key).isCloseTo(value, within(1e-9)));
    }

    @Test
    void pointsApplyToTheirProtocolAndItsCpuVariantOnTheSamePartition() {
        assertThat(PublishedPoints.forRun("fairfal-cifar10-lt-cpu", "dir-balance:0.1")).hasSize(19);
        assertThat(PublishedPoints.forRun("fairfal-cifar10-lt", "dir-balance:0.1")).hasSize(19);
        assertThat(PublishedPoints.forRun("fairfal-fmnist-lt", "dir-balance:0.1")).hasSize(7);
        assertThat(PublishedPoints.forRun("fairfal-cifar10-lt", "dir-balance:100")).isEmpty();
        assertThat(PublishedPoints.forRun("fairfal-cifar10-lt-other", "dir-balance:0.1")).isEmpty();
    }

    @Test
    void aMalformedPointSaysWhichLine() {
        assertThatThrownBy(() -> PublishedPoints.parse(List.of("# c",
                "protocol,partition,strategy,mode,labelled_fraction,accuracy,source", "p,q,s,m,0.45,145,x")))
                .hasMessageContaining("points.csv:3").hasMessageContaining("accuracy in [0, 100] %");
        assertThatThrownBy(() -> PublishedPoints.parse(List.of("protocol,accuracy")))
                .hasMessageContaining("expected the header");
    }
}
