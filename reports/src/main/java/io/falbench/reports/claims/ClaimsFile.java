package io.falbench.reports.claims;

import io.falbench.files.TextFiles;
import io.falbench.reports.compare.CurveMetric;
import io.falbench.reports.published.PublishedPoints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The claims bundled for a protocol ({@code <protocol>.claims} beside this class; a cpu-scaled variant
 * {@code <protocol>-cpu} is judged on its protocol's claims). One claim per line, {@code id | statement | test}:
 * <pre>
 * better A B METRIC [margin M]          A above B
 * best A over B C ... METRIC [margin M] A above each of the others
 * order A &gt; B &gt; C ... METRIC [margin M] each above the next
 * similar A B METRIC margin M           within M points of each other
 * untested REASON                       stated by the source, not expressible over the run's cells
 * </pre>
 * Arms are {@code strategy/mode[@partition]} ({@link Arm}); metrics {@code final}, {@code aulc},
 * {@code balanced-final}, {@code corrupted-share}; M in points (default 0.5: an "above" claim whose whole confidence
 * interval lies within M of zero is not reproduced).
 */
public final class ClaimsFile {

    static final double DEFAULT_MARGIN_POINTS = 0.5;

    private ClaimsFile() {
    }

    /** The claims bundled for {@code protocol} (or the protocol it is the cpu-scaled variant of); empty if none. */
    public static List<Claim> forProtocol(String protocol) {
        String base = protocol.endsWith(PublishedPoints.CPU_SUFFIX)
                ? protocol.substring(0, protocol.length() - PublishedPoints.CPU_SUFFIX.length()) : protocol;
        String resource = base + ".claims";
        try (InputStream in = ClaimsFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return parse(resource, TextFiles.decode(in.readAllBytes(), resource, "a claims file is UTF-8 text,"
                    + " one claim per line").lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a claims file; an error names the file and line, what is wrong and the accepted form. */
    public static List<Claim> parse(String file, List<String> lines) {
        List<Claim> claims = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (n + 1) + ": ";
            String[] fields = line.split("\\|", 3);
            if (fields.length != 3) {
                throw new IllegalArgumentException(where + "write 'id | statement | test'");
            }
            String id = fields[0].strip();
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + "claim id '" + id + "' is used twice");
            }
            try {
                claims.add(test(id, fields[1].strip(), fields[2].strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        return List.copyOf(claims);
    }

    private static Claim test(String id, String statement, String test) {
        List<String> words = new ArrayList<>(Arrays.asList(test.split("\\s+")));
        String kind = words.remove(0);
        if (kind.equals("untested")) {
            if (words.isEmpty()) {
                throw new IllegalArgumentException("'untested' needs a reason");
            }
            return new Claim(id, statement, Claim.Kind.UNTESTED, List.of(), null, 0, String.join(" ", words));
        }
        double margin = DEFAULT_MARGIN_POINTS;
        boolean marginGiven = false;
        int m = words.indexOf("margin");
        if (m >= 0) {
            if (m != words.size() - 2) {
                throw new IllegalArgumentException("'margin M' must end the test");
            }
            margin = Double.parseDouble(words.get(m + 1));
            if (!(margin > 0)) {
                throw new IllegalArgumentException("margin must be positive points, got " + words.get(m + 1));
            }
            marginGiven = true;
            words = words.subList(0, m);
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("the test ends with a metric (final, aulc, balanced-final, corrupted-share)");
        }
        CurveMetric metric = CurveMetric.parse(words.remove(words.size() - 1));
        List<Arm> arms;
        Claim.Kind k;
        switch (kind) {
            case "better", "similar" -> {
                k = kind.equals("better") ? Claim.Kind.BETTER : Claim.Kind.SIMILAR;
                if (words.size() != 2) {
                    throw new IllegalArgumentException("'" + kind + " A B METRIC' compares two arms, got " + words);
                }
                if (k == Claim.Kind.SIMILAR && !marginGiven) {
                    throw new IllegalArgumentException("'similar' needs 'margin M' (points)");
                }
                arms = words.stream().map(Arm::parse).toList();
            }
            case "best" -> {
                k = Claim.Kind.BEST;
                if (words.size() < 3 || !words.get(1).equals("over")) {
                    throw new IllegalArgumentException("write 'best A over B C ... METRIC'");
                }
                List<String> names = new ArrayList<>(words);
                names.remove(1);
                arms = names.stream().map(Arm::parse).toList();
            }
            case "order" -> {
                k = Claim.Kind.ORDER;
                List<Arm> chain = new ArrayList<>();
                for (int i = 0; i < words.size(); i++) {
                    if (i % 2 == 1 != words.get(i).equals(">")) {
                        throw new IllegalArgumentException("write 'order A > B > C ... METRIC'");
                    }
                    if (i % 2 == 0) {
                        chain.add(Arm.parse(words.get(i)));
                    }
                }
                if (chain.size() < 2 || words.size() % 2 == 0) {
                    throw new IllegalArgumentException("write 'order A > B > C ... METRIC'");
                }
                arms = List.copyOf(chain);
            }
            default -> throw new IllegalArgumentException("unknown test '" + kind
                    + "'; use better, best, order, similar or untested");
        }
        for (Arm arm : arms.subList(1, arms.size())) {
            if (!arm.alignsWith(arms.get(0))) {
                throw new IllegalArgumentException("arms " + arms.get(0) + " and " + arm
                        + " must have their * in the same places (a wildcard pairs cells with equal values there)");
            }
        }
        return new Claim(id, statement, k, arms, metric, margin, null);
    }
}
