package org.webhookorchestrator.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the server keeps its audit log and keys when {@code --data-dir} is not given: the platform's per-user data
 * folder, so that a desktop client's server and a terminal's share the same decisions.
 */
final class DataDirectory {

    static final String ENV = "WEBHOOK_ORCHESTRATOR_DATA_DIR";
    private static final String NAME = "webhook-orchestrator";

    private DataDirectory() {
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", NAME);
        }
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return local != null ? Path.of(local, NAME) : Path.of(home, "AppData", "Local", NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, NAME) : Path.of(home, ".local", "share", NAME);
    }

    static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
