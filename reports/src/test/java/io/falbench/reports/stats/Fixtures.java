package io.falbench.reports.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.StreamSupport;

/** The SciPy reference values of src/test/resources/stats/fixtures.json (made by make_fixtures.py beside it). */
final class Fixtures {

    private static final JsonNode ROOT = load();

    private Fixtures() {
    }

    static JsonNode get(String section) {
        JsonNode node = ROOT.get(section);
        if (node == null) {
            throw new IllegalStateException("fixtures.json has no section " + section
                    + ": regenerate it with make_fixtures.py");
        }
        return node;
    }

    static double[] doubles(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).mapToDouble(JsonNode::asDouble).toArray();
    }

    /** |actual - expected| within {@code relative} of |expected| (or of {@code floor}, when larger). */
    static boolean close(double actual, double expected, double relative, double floor) {
        return Math.abs(actual - expected) <= relative * Math.max(Math.abs(expected), floor);
    }

    private static JsonNode load() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/stats/fixtures.json")) {
            if (in == null) {
                throw new IllegalStateException("stats/fixtures.json is not on the test class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
