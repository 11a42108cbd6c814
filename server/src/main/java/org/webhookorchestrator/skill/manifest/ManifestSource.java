package org.webhookorchestrator.skill.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where manifest files are read from: the folder beside the server when an operator points at one, otherwise the copy
 * built into the jar. Paths are relative to the manifest folder ({@code integration.webhook_orchestrator.json},
 * {@code schemas/inventory.v1.json}).
 */
public interface ManifestSource {

    /** The file's bytes, or empty if it does not exist. */
    Optional<byte[]> read(String relativePath);

    /** A description for messages, e.g. "built-in skill-manifest/". */
    String describe();

    static ManifestSource builtIn() {
        return new ManifestSource() {
            @Override
            public Optional<byte[]> read(String relativePath) {
                try (InputStream in = ManifestSource.class.getResourceAsStream("/skill-manifest/" + relativePath)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe() {
                return "built-in skill-manifest/";
            }
        };
    }

    static ManifestSource directory(Path folder) {
        return new ManifestSource() {
            @Override
            public Optional<byte[]> read(String relativePath) {
                Path file = folder.resolve(relativePath).normalize();
                if (!file.startsWith(folder.normalize())) {
                    throw new ManifestException("manifest path escapes its folder: " + relativePath);
                }
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe() {
                return folder.toString();
            }
        };
    }
}
