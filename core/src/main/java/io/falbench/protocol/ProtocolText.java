package io.falbench.protocol;

import io.falbench.settings.SettingsException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of a protocol file: {@code key = value} lines, {@code #} comments. Keeps each value with where it came
 * from (file and line), so a bad value is reported at its line. Unknown keys are errors at their line.
 */
record ProtocolText(Map<String, Value> values) {

    /** A value as written, and where. */
    record Value(String text, String where) {
    }

    static ProtocolText parse(String source, String text) {
        Map<String, Value> values = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1];
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String where = source + ":" + number;
            int equals = content.indexOf('=');
            if (equals <= 0) {
                throw new SettingsException(where + ": expected 'key = value', got '" + content + "'");
            }
            String key = content.substring(0, equals).strip();
            ProtocolKeys.get(key, where);
            if (values.containsKey(key)) {
                throw new SettingsException(where + ": '" + key + "' is set twice (first at "
                        + values.get(key).where() + ")");
            }
            values.put(key, new Value(content.substring(equals + 1).strip(), where));
        }
        return new ProtocolText(values);
    }

    /** A copy with {@code --set key=value} overrides. */
    ProtocolText with(Map<String, String> overrides) {
        Map<String, Value> copy = new LinkedHashMap<>(values);
        overrides.forEach((key, text) -> {
            String where = "--set " + key;
            ProtocolKeys.get(key, where);
            copy.put(key, new Value(text.strip(), where));
        });
        return new ProtocolText(copy);
    }
}
