package org.webhookorchestrator.webhook.grader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.webhookorchestrator.webhook.receiver.Effects;

/**
 * Reads a receiver's effects probe (docs/effects-probe.md, version 1). Processing happens after the acknowledgement,
 * so {@link #settled} waits until nothing is pending for the key, then reads once more after a short pause.
 */
final class EffectsProbeClient implements AutoCloseable {

    static final int VERSION = 1;
    /** How long to wait for pending work to drain; past it the count is read as it stands. */
    static final Duration SETTLE_LIMIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration QUIET = Duration.ofMillis(100);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI probe;
    private final HttpClient http;

    EffectsProbeClient(URI probe) throws Exception {
        this.probe = probe;
        this.http = new HttpClient();
        http.setFollowRedirects(false);
        http.start();
    }

    /** Empty when the probe answers as the contract says; otherwise why it cannot be used. */
    Optional<String> unusableBecause() {
        try {
            read("grader-probe-check");
            return Optional.empty();
        } catch (ProbeException e) {
            return Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** The effects for {@code key} once nothing is pending (or {@link #SETTLE_LIMIT} passed). */
    Effects settled(String key) throws ProbeException, InterruptedException {
        return settled(List.of(key)).get(0);
    }

    /**
     * The effects for each of {@code keys}, read after every key has nothing pending (or {@link #SETTLE_LIMIT}
     * passed) and a short quiet pause, in which a late duplicate would show.
     */
    List<Effects> settled(List<String> keys) throws ProbeException, InterruptedException {
        long limit = System.nanoTime() + SETTLE_LIMIT.toNanos();
        for (String key : keys) {
            while (read(key).pending() > 0 && System.nanoTime() < limit) {
                Thread.sleep(POLL.toMillis());
            }
        }
        Thread.sleep(QUIET.toMillis());
        List<Effects> effects = new ArrayList<>();
        for (String key : keys) {
            effects.add(read(key));
        }
        return effects;
    }

    Effects read(String key) throws ProbeException, InterruptedException {
        URI uri = URI.create(probe + (probe.getRawQuery() == null ? "?" : "&") + "key="
                + URLEncoder.encode(key, StandardCharsets.UTF_8));
        ContentResponse response;
        try {
            response = http.newRequest(uri).timeout(5, TimeUnit.SECONDS).send();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new ProbeException("the effects probe at " + probe + " did not answer: " + e.getMessage());
        }
        if (response.getStatus() != 200) {
            throw new ProbeException("the effects probe at " + probe + " answered " + response.getStatus());
        }
        try {
            JsonNode body = JSON.readTree(response.getContent());
            if (body.path("probeVersion").asInt(-1) != VERSION) {
                throw new ProbeException("the effects probe speaks version " + body.path("probeVersion")
                        + ", the grader version " + VERSION);
            }
            if (!key.equals(body.path("key").asText(null))) {
                throw new ProbeException("the effects probe answered for another key");
            }
            return new Effects(count(body, "processedCount"), count(body, "pending"), count(body, "deadLettered"));
        } catch (IOException e) {
            throw new ProbeException("the effects probe answered something that is not JSON");
        }
    }

    private static long count(JsonNode body, String field) throws ProbeException {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToLong() || value.asLong() < 0) {
            throw new ProbeException("the effects probe answer lacks a non-negative integer " + field);
        }
        return value.asLong();
    }

    @Override
    public void close() throws Exception {
        http.stop();
    }

    /** The probe is absent or does not keep the contract. */
    static final class ProbeException extends Exception {
        ProbeException(String message) {
            super(message);
        }
    }
}
