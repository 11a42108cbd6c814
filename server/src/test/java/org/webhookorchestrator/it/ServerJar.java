package org.webhookorchestrator.it;

import java.nio.file.Files;
import java.nio.file.Path;

/** The packaged jar under test and the Java that runs it. */
final class ServerJar {

    private ServerJar() {
    }

    static Path path() {
        Path jar = Path.of(System.getProperty("serverJar", "target/webhook-orchestrator.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the server jar " + jar + " is missing: run mvn verify, not mvn test");
        }
        return jar;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
