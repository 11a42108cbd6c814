package org.webhookorchestrator.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The absolute path of the jar (or classes folder) this code was loaded from. */
final class JarLocation {

    private JarLocation() {
    }

    static Path current() {
        try {
            return Path.of(JarLocation.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the server jar", e);
        }
    }
}
