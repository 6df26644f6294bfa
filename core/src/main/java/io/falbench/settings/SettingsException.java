package io.falbench.settings;

/**
 * A protocol setting that cannot be used: says what (key and value), where (file and line, or {@code --set}) and how
 * to fix it. Raised while settings are built, before any work starts.
 */
public final class SettingsException extends IllegalArgumentException {

    public SettingsException(String message) {
        super(message);
    }
}
