package org.webhookorchestrator.cli;

import picocli.CommandLine;

/** The version baked into the jar's manifest at build time; "dev" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"webhook-orchestrator " + current()};
    }
}
