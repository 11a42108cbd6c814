package org.webhookorchestrator.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The repository's fixtures, read where they are committed. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static Path root() {
        String root = System.getProperty("projectRoot");
        return root == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(root).toAbsolutePath().normalize();
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }

    public static Map<String, Object> brief(String name) {
        return json(path("fixtures/briefs/" + name + ".json"));
    }

    public static List<String> briefNames() {
        try (Stream<Path> files = Files.list(path("fixtures/briefs"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> json(Path file) {
        try {
            return JSON.readValue(file.toFile(), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether golden files and snapshots should be rewritten instead of compared (-Dsnapshots.update=true). */
    public static boolean updateSnapshots() {
        return Boolean.getBoolean("snapshots.update");
    }
}
