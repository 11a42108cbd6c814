package org.webhookorchestrator.webhook.grader;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.webhook.signature.Delivery;
import org.webhookorchestrator.webhook.signature.Headers;
import org.webhookorchestrator.webhook.signature.ProviderKeys;
import org.webhookorchestrator.webhook.signature.SigningKey;

/** The cases about whether the receiver tells an authentic, fresh delivery from anything else. */
final class AuthenticityCases {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private AuthenticityCases() {
    }

    static List<GradeCase> all() {
        return List.of(tamperedBody(), wrongSecret(), missingSignature(), reencodedBody(), staleTimestamp(),
                futureTimestamp(), rotationSignatures(), headerCase());
    }

    static GradeCase tamperedBody() {
        return new GradeCase(new CaseSpec("tampered-body",
                "A delivery whose body was changed after signing is refused and has no effect.",
                "HTTP status; processedCount via the effects probe when available",
                "4xx; processedCount 0",
                "Sign a compact JSON event, then change one number in the body (same length) and send it with the "
                        + "original signature."),
                AuthenticityCases::bodyNotSigned,
                run -> {
                    Delivery signed = run.emulator().sign(run.emulator().draft(BodyStyle.CANONICAL),
                            run.emulator().now());
                    String body = new String(signed.body(), StandardCharsets.UTF_8);
                    return run.expectRefused(signed.withBody(body.replace(EventBodies.AMOUNT_FIELD,
                            EventBodies.TAMPERED_AMOUNT_FIELD).getBytes(StandardCharsets.UTF_8)));
                });
    }

    static GradeCase wrongSecret() {
        return GradeCase.always(new CaseSpec("wrong-secret",
                "A delivery signed with a secret the receiver does not hold is refused.",
                "HTTP status; processedCount when observable", "4xx; processedCount 0",
                "Sign a valid event with a freshly generated key of the provider's form."),
                run -> run.expectRefused(run.emulator().sign(run.emulator().draft(BodyStyle.CANONICAL),
                        List.of(run.foreignKey("forger's key")), run.emulator().now())));
    }

    static GradeCase missingSignature() {
        return GradeCase.always(new CaseSpec("missing-signature",
                "A delivery without its signature is refused.",
                "HTTP status; processedCount when observable", "4xx; processedCount 0",
                "Sign a valid event, then remove the signature header(s) the catalog lists (Mailgun: the body's "
                        + "signature object)."),
                run -> {
                    Delivery signed = run.emulator().sign(run.emulator().draft(BodyStyle.CANONICAL),
                            run.emulator().now());
                    return run.expectRefused(withoutSignature(run, signed));
                });
    }

    static GradeCase reencodedBody() {
        return new GradeCase(new CaseSpec("reencoded-body",
                "The same JSON value in other bytes is refused under the original signature: the receiver "
                        + "verifies the bytes it received, not a parsed and re-serialized form.",
                "HTTP status", "4xx",
                "Sign a compact JSON event, then send it pretty-printed (same value, other bytes) with the "
                        + "original signature."),
                AuthenticityCases::bodyNotSigned,
                run -> {
                    Delivery signed = run.emulator().sign(run.emulator().draft(BodyStyle.CANONICAL),
                            run.emulator().now());
                    return run.expectRefused(signed.withBody(EventBodies.reencoded(signed.body())));
                });
    }

    static GradeCase staleTimestamp() {
        return new GradeCase(new CaseSpec("stale-timestamp",
                "An authentic delivery signed longer ago than the tolerance is refused (a replay).",
                "HTTP status", "4xx",
                "Sign a valid event dated twice the tolerance plus 30 s in the past."),
                AuthenticityCases::noTimestamp,
                run -> timestamped(run, run.emulator().now().minus(offset(run))));
    }

    static GradeCase futureTimestamp() {
        return new GradeCase(new CaseSpec("future-timestamp",
                "An authentic delivery dated further ahead than the tolerance is refused, so that a captured "
                        + "request cannot stay replayable beyond the tolerance. Stricter than the SDKs of "
                        + "providers that check only age (Stripe, Slack, Paddle, HubSpot).",
                "HTTP status", "4xx",
                "Sign a valid event dated twice the tolerance plus 30 s in the future."),
                AuthenticityCases::noTimestamp,
                run -> timestamped(run, run.emulator().now().plus(offset(run))));
    }

    static GradeCase rotationSignatures() {
        return new GradeCase(new CaseSpec("rotation-signatures",
                "During a secret rotation, a delivery carrying several signatures is accepted when any one matches.",
                "HTTP status; ack latency", "2xx within the ack deadline",
                "Sign one event with an unknown key first and the receiver's key second, in one header."),
                run -> run.scheme().supportsSeveralSignatures() ? Optional.empty()
                        : Optional.of(run.scheme().id() + " carries one signature per delivery"),
                run -> run.expectAcknowledged(run.emulator().sign(run.emulator().draft(BodyStyle.CANONICAL),
                        List.of(run.foreignKey("retiring key"), keyOf(run)), run.emulator().now())));
    }

    static GradeCase headerCase() {
        return new GradeCase(new CaseSpec("header-case",
                "Header names are matched without regard to case (RFC 9110 §5.1).",
                "HTTP status; ack latency", "2xx within the ack deadline",
                "Sign a valid event and send every header name but Content-Type in upper case (or lower case "
                        + "where the provider writes upper case)."),
                run -> run.provider().id().equals("mailgun")
                        ? Optional.of("Mailgun carries its signature in the body, not in headers")
                        : Optional.empty(),
                run -> run.expectAcknowledged(ProviderEmulator.withHeaderNamesInOtherCase(
                        run.emulator().sign(run.emulator().draft(BodyStyle.CANONICAL), run.emulator().now()))));
    }

    private static CaseResult timestamped(CaseRun run, Instant at) throws InterruptedException {
        CaseResult result = run.expectRefused(run.emulator().sign(run.emulator().draft(BodyStyle.CANONICAL, at),
                at));
        List<String> evidence = new ArrayList<>(result.evidence());
        evidence.add("signed at " + at + ", tolerance " + run.tolerance().orElseThrow().toSeconds() + " s");
        return new CaseResult(result.spec(), result.outcome(), result.observed(), evidence, result.duration());
    }

    private static Duration offset(CaseRun run) {
        return run.tolerance().orElseThrow().multipliedBy(2).plus(MARGIN);
    }

    private static SigningKey keyOf(CaseRun run) {
        return ProviderKeys.signingKey(run.provider().id(),
                run.target().signingSecret());
    }

    private static Delivery withoutSignature(CaseRun run, Delivery signed) {
        List<String> headers = run.provider().signing().signatureHeaders().optionalValue().orElse(List.of());
        if (headers.isEmpty()) {
            try {
                ObjectNode body = (ObjectNode) JSON.readTree(signed.body());
                body.remove("signature");
                return signed.withBody(JSON.writeValueAsBytes(body));
            } catch (IOException | ClassCastException e) {
                throw new IllegalStateException("the emulator's own signed body is a JSON object", e);
            }
        }
        Headers remaining = signed.headers();
        for (String name : headers) {
            remaining = remaining.without(name);
        }
        return signed.withHeaders(remaining);
    }

    private static Optional<String> bodyNotSigned(CaseRun run) {
        return switch (run.provider().id()) {
            case "mailgun" -> Optional.of("Mailgun signs its timestamp and token only; the body is not covered");
            case "gitlab" -> Optional.of("GitLab sends a plaintext token that covers neither body nor time");
            default -> Optional.empty();
        };
    }

    private static Optional<String> noTimestamp(CaseRun run) {
        return run.tolerance().isPresent() ? Optional.empty()
                : Optional.of(run.scheme().id() + " signs no timestamp; replay protection rests on deduplication");
    }
}
