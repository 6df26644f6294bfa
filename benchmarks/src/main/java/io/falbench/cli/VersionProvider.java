package io.falbench.cli;

import picocli.CommandLine;

/** Reports falbench's version from the jar manifest (or "development" when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Falbench.class.getPackage().getImplementationVersion();
        return new String[] {"falbench " + (version == null ? "development" : version),
                "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch")};
    }
}
