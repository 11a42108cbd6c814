package org.webhookorchestrator.core.orchestrator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.core.contract.Identifiers;
import org.webhookorchestrator.skill.api.Escalation;
import org.webhookorchestrator.skill.api.EscalationException;
import org.webhookorchestrator.skill.api.SecretGuard;

/**
 * One small JSON file per project, {@code <dir>/<project>.json}, replaced atomically: written to a temporary file,
 * forced to disk, then renamed over the old one, so that a crash leaves either the old state or the new, never half of
 * one. A file per project keeps a project's phase readable and repairable by hand, and needs no replay of the audit
 * log, which a {@code serve --skills core} instance serving other servers does not write for them.
 */
final class ProjectStateStore {

    private static final Pattern PROJECT = Pattern.compile(Identifiers.PROJECT);
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path dir;
    private final SecretGuard secrets;

    ProjectStateStore(Path dir, SecretGuard secrets) {
        this.dir = dir;
        this.secrets = secrets;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the orchestrator's state folder " + dir, e);
        }
    }

    Optional<ProjectState> load(String project) {
        Path file = fileOf(project);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state of project " + project + " from " + file, e);
        }
        try {
            ProjectState state = READER.readValue(bytes, ProjectState.class);
            if (state.format() != ProjectState.FORMAT || !project.equals(state.project())) {
                throw new IllegalStateException("format " + state.format() + ", project " + state.project());
            }
            return Optional.of(state);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the state file " + file + " of project " + project + " is damaged ("
                    + e.getMessage() + "); move it aside to start the project's route over", e);
        }
    }

    /** Writes the state durably; refuses, writing nothing, if it would store the value of a secret the server holds. */
    void save(ProjectState state) {
        byte[] bytes = CanonicalJson.bytes(state);
        Optional<String> secret = secrets.secretIn(bytes);
        if (secret.isPresent()) {
            throw new EscalationException(new Escalation(
                    "the project's context would store the value of the secret " + secret.get() + ", so it was "
                            + "not recorded",
                    "the phase was not recorded; the project stays where it was",
                    List.of("pass secrets only as references (env:NAME, file:PATH), never their values"),
                    "remove the secret value from the objective or constraints and call again", List.of()), null);
        }
        Path file = fileOf(state.project());
        Path temp = dir.resolve("." + state.project() + ".json.tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state of project " + state.project() + " to " + file, e);
        }
    }

    private Path fileOf(String project) {
        // The contract's pattern already holds; checked again because the id becomes a file name.
        if (!PROJECT.matcher(project).matches()) {
            throw new IllegalArgumentException("not a project id: " + project);
        }
        return dir.resolve(project + ".json");
    }

    /** Makes the rename itself durable where the platform allows opening a directory (not on Windows). */
    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the file's own bytes are already forced.
        }
    }
}
