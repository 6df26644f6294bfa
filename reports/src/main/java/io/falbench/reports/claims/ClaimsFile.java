package io.falbench.reports.claims;

import io.falbench.files.TextFiles;
import io.falbench.reports.compare.CurveMetric;
import io.falbench.reports.published.PublishedPoints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The claims bundled for a protocol ({@code <protocol>.claims} beside this class, in the repository at
 * {@link #repositoryPath}; a cpu-scaled variant {@code <protocol>-cpu} is judged on its protocol's claims). A claim
 * is a line {@code id | statement | test}, followed by indented lines {@code key = value}:
 * <pre>
 * better A B METRIC                   A above B
 * best A over B C ... METRIC          A above each of the others
 * order A &gt; B &gt; C ... METRIC         each above the next
 * similar A B METRIC                  within a margin of each other
 * untested REASON                     stated by the source, not expressible over the run's cells
 *
 *     smallest-effect = D: REASON     better, best, order: D points (at least 0), the smallest effect of interest
 *     margin = M: REASON              similar: M points (above 0), the equivalence margin
 *     judged = per seed               where an arm writes * or a set: the mean over the configurations within each
 *     judged = per configuration      seed, or each configuration its own comparison (Holm over the family)
 *     revises = ID: REASON            a later change of claim ID (which stays, and is judged too), and why
 *
 * seeds PROTOCOL = N: REASON          PROTOCOL's run is judged at N seeds an arm, fixed before they ran
 *                                     ({@link SeedPlan}; unindented, PROTOCOL this file's or its -cpu variant)
 * </pre>
 * Arms are {@code strategy/mode[@partition]} ({@link Arm}); metrics {@code final}, {@code aulc},
 * {@code balanced-final}, {@code accuracy@P%} (a curve point), {@code corrupted-share} ({@link CurveMetric}). Every reason is one line saying why the value was chosen.
 */
public final class ClaimsFile {

    private static final String FOLDER = "reports/src/main/resources/io/falbench/reports/claims/";

    private ClaimsFile() {
    }

    /** The claims of a claims file and the seed counts it fixes for its protocols' runs. */
    public record Contents(List<Claim> claims, List<SeedPlan> plans) {

        /** The plan for {@code protocol}'s runs, if the file fixes one. */
        public Optional<SeedPlan> planFor(String protocol) {
            return plans.stream().filter(p -> p.protocol().equals(protocol)).findFirst();
        }
    }

    /**
     * The claims file bundled for {@code protocol} (or the protocol it is the cpu-scaled variant of), claims and
     * plans; empty if none.
     */
    public static Contents contentsFor(String protocol) {
        String resource = resource(protocol);
        try (InputStream in = ClaimsFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new Contents(List.of(), List.of());
            }
            return read(resource, TextFiles.decode(in.readAllBytes(), resource, "a claims file is UTF-8 text,"
                    + " one claim per line").lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the claims file of {@code protocol} lies in the falbench repository, from its root. */
    public static String repositoryPath(String protocol) {
        return FOLDER + resource(protocol);
    }

    private static String resource(String protocol) {
        String base = protocol.endsWith(PublishedPoints.CPU_SUFFIX)
                ? protocol.substring(0, protocol.length() - PublishedPoints.CPU_SUFFIX.length()) : protocol;
        return base + ".claims";
    }

    /** Parses a claims file's claims; an error names the file and line, what is wrong and the accepted form. */
    public static List<Claim> parse(String file, List<String> lines) {
        return read(file, lines).claims();
    }

    /** Parses a claims file, its claims and its seed plans; errors as {@link #parse}. */
    public static Contents read(String file, List<String> lines) {
        List<Claim> claims = new ArrayList<>();
        List<SeedPlan> plans = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        while (n < lines.size()) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                n++;
                continue;
            }
            String where = file + ":" + (n + 1) + ": ";
            if (!Character.isWhitespace(lines.get(n).charAt(0)) && line.startsWith("seeds ") && !line.contains("|")) {
                plans.add(plan(file, where, line, n + 1, plans));
                n++;
                continue;
            }
            if (Character.isWhitespace(lines.get(n).charAt(0))) {
                throw new IllegalArgumentException(where + "an indented line gives a field of the claim above it;"
                        + " there is none: start a claim with 'id | statement | test'");
            }
            int first = n;
            Map<String, Field> fields = new LinkedHashMap<>();
            for (n++; n < lines.size() && (lines.get(n).isBlank() || lines.get(n).strip().startsWith("#")
                    || Character.isWhitespace(lines.get(n).charAt(0))); n++) {
                String text = lines.get(n).strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    Field field = Field.parse(file + ":" + (n + 1) + ": ", text);
                    if (fields.putIfAbsent(field.key(), field) != null) {
                        throw new IllegalArgumentException(field.where() + "'" + field.key()
                                + "' is given twice for this claim");
                    }
                }
            }
            String[] parts = line.split("\\|", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException(where + "write 'id | statement | test'");
            }
            String id = parts[0].strip();
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + "claim id '" + id + "' is used twice");
            }
            try {
                claims.add(claim(id, parts[1].strip(), parts[2].strip(), fields, first + 1));
            } catch (FieldError e) {
                throw new IllegalArgumentException(e.field.where() + "claim '" + id + "': " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "claim '" + id + "': " + e.getMessage(), e);
            }
        }
        for (Claim claim : claims) {
            if (claim.revision() != null && (!ids.contains(claim.revision().revises())
                    || claim.revision().revises().equals(claim.id()))) {
                throw new IllegalArgumentException(file + ":" + claim.line() + ": claim '" + claim.id()
                        + "' revises '" + claim.revision().revises() + "', which is not another claim of this file:"
                        + " keep the earlier claim and name its id");
            }
        }
        return new Contents(List.copyOf(claims), List.copyOf(plans));
    }

    /** A {@code seeds PROTOCOL = N: REASON} line: PROTOCOL the file's own or its cpu-scaled variant, planned once. */
    private static SeedPlan plan(String file, String where, String line, int number, List<SeedPlan> earlier) {
        SeedPlan plan;
        try {
            plan = SeedPlan.parse(line, number);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
        String name = Path.of(file).getFileName().toString();
        String base = name.endsWith(".claims") ? name.substring(0, name.length() - ".claims".length()) : name;
        List<String> protocols = List.of(base, base + PublishedPoints.CPU_SUFFIX);
        if (!protocols.contains(plan.protocol())) {
            throw new IllegalArgumentException(where + "a plan names a protocol judged on this file, one of "
                    + protocols + ", got '" + plan.protocol() + "'");
        }
        if (earlier.stream().anyMatch(p -> p.protocol().equals(plan.protocol()))) {
            throw new IllegalArgumentException(where + "the seeds of " + plan.protocol() + " are fixed twice: keep"
                    + " the first line (a plan changed after results would choose the verdict) and remove this one");
        }
        return plan;
    }

    /** A wrong field: the error names the field's line rather than the claim's. */
    private static final class FieldError extends IllegalArgumentException {

        private final transient Field field;

        FieldError(Field field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** An indented {@code key = value[: reason]} line under a claim. */
    private record Field(String key, String value, String reason, String where) {

        static final List<String> KEYS = List.of("smallest-effect", "margin", "judged", "revises");

        static Field parse(String where, String text) {
            int eq = text.indexOf('=');
            String key = eq < 0 ? text : text.substring(0, eq).strip();
            if (eq < 0 || !KEYS.contains(key)) {
                throw new IllegalArgumentException(where + "write 'key = value' with a key among " + KEYS
                        + ", got '" + text + "'");
            }
            String rest = text.substring(eq + 1).strip();
            if (key.equals("judged")) {
                return new Field(key, rest, "", where);
            }
            int colon = rest.indexOf(':');
            if (colon < 0 || rest.substring(colon + 1).isBlank()) {
                throw new IllegalArgumentException(where + "write '" + key + " = VALUE: REASON', the reason a line"
                        + " saying why, got '" + text + "'");
            }
            return new Field(key, rest.substring(0, colon).strip(), rest.substring(colon + 1).strip(), where);
        }
    }

    private static Claim claim(String id, String statement, String test, Map<String, Field> fields, int line) {
        List<String> words = new ArrayList<>(Arrays.asList(test.split("\\s+")));
        String kind = words.remove(0);
        if (kind.equals("untested")) {
            if (words.isEmpty()) {
                throw new IllegalArgumentException("'untested' needs a reason");
            }
            if (!fields.isEmpty()) {
                throw new IllegalArgumentException("an untested claim takes no fields, got " + fields.keySet());
            }
            return new Claim(id, statement, Claim.Kind.UNTESTED, List.of(), null, null, null, null,
                    String.join(" ", words), line);
        }
        if (words.contains("margin")) {
            throw new IllegalArgumentException("the test no longer carries 'margin M': write it on an indented line"
                    + " below the claim, 'margin = M: REASON' (similar) or 'smallest-effect = D: REASON' (the others)");
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("the test ends with a metric (final, aulc, balanced-final,"
                    + " accuracy@P%, corrupted-share)");
        }
        CurveMetric metric = CurveMetric.parse(words.remove(words.size() - 1));
        List<String> armTexts;
        Claim.Kind k;
        switch (kind) {
            case "better", "similar" -> {
                k = kind.equals("better") ? Claim.Kind.BETTER : Claim.Kind.SIMILAR;
                if (words.size() != 2) {
                    throw new IllegalArgumentException("'" + kind + " A B METRIC' compares two arms, got " + words);
                }
                armTexts = words;
            }
            case "best" -> {
                k = Claim.Kind.BEST;
                if (words.size() < 3 || !words.get(1).equals("over")) {
                    throw new IllegalArgumentException("write 'best A over B C ... METRIC'");
                }
                armTexts = new ArrayList<>(words);
                armTexts.remove(1);
            }
            case "order" -> {
                k = Claim.Kind.ORDER;
                armTexts = new ArrayList<>();
                for (int i = 0; i < words.size(); i++) {
                    if (i % 2 == 1 != words.get(i).equals(">")) {
                        throw new IllegalArgumentException("write 'order A > B > C ... METRIC'");
                    }
                    if (i % 2 == 0) {
                        armTexts.add(words.get(i));
                    }
                }
                if (armTexts.size() < 2 || words.size() % 2 == 0) {
                    throw new IllegalArgumentException("write 'order A > B > C ... METRIC'");
                }
            }
            default -> throw new IllegalArgumentException("unknown test '" + kind
                    + "'; use better, best, order, similar or untested");
        }
        List<Arm> arms = armTexts.stream().map(Arm::parse).toList();
        for (Arm arm : arms.subList(1, arms.size())) {
            if (!arm.alignsWith(arms.get(0))) {
                throw new IllegalArgumentException("arms " + arms.get(0) + " and " + arm
                        + " must have their * in the same places (a wildcard pairs cells with equal values there)");
            }
        }
        boolean spans = armTexts.stream().anyMatch(t -> t.contains("*") || t.contains("|"));
        return new Claim(id, statement, k, arms, metric, threshold(k, fields), judging(fields, spans),
                revision(fields), null, line);
    }

    private static Claim.Threshold threshold(Claim.Kind kind, Map<String, Field> fields) {
        boolean similar = kind == Claim.Kind.SIMILAR;
        String key = similar ? "margin" : "smallest-effect";
        String other = similar ? "smallest-effect" : "margin";
        if (fields.containsKey(other)) {
            throw new FieldError(fields.get(other), "'" + other + "' does not apply to a '"
                    + kind.name().toLowerCase(Locale.ROOT) + "' claim: it takes '" + key + " = "
                    + (similar ? "M" : "D") + ": REASON'");
        }
        Field field = fields.get(key);
        if (field == null) {
            throw new IllegalArgumentException("needs its " + (similar ? "margin" : "smallest effect of interest")
                    + ": add an indented line below it, '" + key + " = " + (similar ? "M" : "D")
                    + ": REASON' (in points of the metric; the reason one line saying why this value)");
        }
        double points;
        try {
            points = Double.parseDouble(field.value());
        } catch (NumberFormatException e) {
            points = Double.NaN;
        }
        if (!(similar ? points > 0 : points >= 0) || !Double.isFinite(points)) {
            throw new FieldError(field, key + " must be " + (similar ? "positive" : "at least 0")
                    + " points, got '" + field.value() + "'");
        }
        return new Claim.Threshold(points, field.reason());
    }

    private static Claim.Judging judging(Map<String, Field> fields, boolean spans) {
        Field field = fields.get("judged");
        if (field == null) {
            if (spans) {
                throw new IllegalArgumentException("spans several configurations (a * or a set in its arms): say how"
                        + " it is judged on an indented line below it, 'judged = per seed' (the mean over the"
                        + " configurations within each seed) or 'judged = per configuration' (each its own"
                        + " comparison, Holm over the family)");
            }
            return Claim.Judging.PER_SEED;
        }
        for (Claim.Judging judging : Claim.Judging.values()) {
            if (judging.toString().equals(field.value())) {
                return judging;
            }
        }
        throw new FieldError(field, "write 'judged = per seed' or 'judged = per configuration',"
                + " got '" + field.value() + "'");
    }

    private static Claim.Revision revision(Map<String, Field> fields) {
        Field field = fields.get("revises");
        return field == null ? null : new Claim.Revision(field.value(), field.reason());
    }
}
