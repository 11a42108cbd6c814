package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.catalog.SchemeKind;
import org.webhookorchestrator.webhook.design.Level;
import org.webhookorchestrator.webhook.design.ProviderDesign;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.ThreatCase;

/**
 * Threat and abuse cases as acceptance criteria, each decidable by a grader case or a named check. Cases that hold
 * for every endpoint come once; a provider adds the cases its scheme calls for: timestamp checks where it signs one,
 * a flagged replay gap where it does not, a flagged bearer token where it sends one, a fail-closed case where the
 * scheme is unknown.
 */
public final class ThreatModelRule {

    public static final String NAME = "threat-model";
    public static final String FORMULA = "common cases for every endpoint + per provider: timestamped -> stale and "
            + "future; untimestamped -> replay gap flagged; shared token -> flagged; unknown scheme -> fail closed";

    private ThreatModelRule() {
    }

    public static List<ThreatCase> common() {
        List<ThreatCase> cases = new ArrayList<>();
        cases.add(new ThreatCase("TM-forgery", null, "forgery", "a request signed with a wrong secret, or with no "
                + "signature at all", "signature verification before anything else", "answered 401; nothing "
                + "stored, nothing processed", "wrong-secret, missing-signature", Level.high));
        cases.add(new ThreatCase("TM-tampering", null, "tampering", "a genuine signature over a body changed in "
                + "transit", "the digest covers the exact bytes received", "answered 401; nothing stored",
                "tampered-body", Level.high));
        cases.add(new ThreatCase("TM-reserialization", null, "verification on parsed data", "a receiver that "
                + "parses and re-serializes before verifying rejects genuine deliveries or accepts re-encoded ones",
                "verify the raw bytes, parse afterwards", "a genuine delivery with non-canonical JSON is accepted; "
                + "a re-encoded body with the original signature is answered 401",
                "valid-delivery, re-encoded-body", Level.high));
        cases.add(new ThreatCase("TM-timing", null, "timing attack", "an attacker measures comparison time to "
                + "guess a signature byte by byte", "constant-time comparison (MessageDigest.isEqual) of every "
                + "signature and token", "code review and a unit test show no early-exit comparison on any path",
                null, Level.medium));
        cases.add(new ThreatCase("TM-secret-leak", null, "secret leakage", "a secret or signature reaches a log, "
                + "an error message, a trace or the audit log", "secrets only as env:/file: references; signature "
                + "and token headers stripped before logging", "a scan of logs and audit entries after a full "
                + "grader run finds no secret value and no signature header", null, Level.high));
        cases.add(new ThreatCase("TM-oversize", null, "oversized payload", "a body far above the limit, or a slow "
                + "endless chunked body", "limit enforced while reading, before buffering; body read bounded by "
                + "the ack deadline", "answered 413 quickly, never 5xx, never a hang", "oversize-payload",
                Level.medium));
        cases.add(new ThreatCase("TM-malformed", null, "malformed payload", "a validly signed body that is not "
                + "JSON or lacks the idempotency key", "parse after verification; refuse with a 4xx",
                "answered 4xx, never 5xx; nothing reaches the consumer", "signed-malformed-json", Level.medium));
        cases.add(new ThreatCase("TM-duplicate", null, "duplicate delivery", "the same event arrives again: a "
                + "resend after a lost response, or the same event id on a new delivery",
                "dedupe on the idempotency key, committed with the inbox row",
                "processed exactly once; every copy answered with the success status",
                "same-event-new-delivery, abandoned-then-retried", Level.high));
        cases.add(new ThreatCase("TM-retry-storm", null, "retry storm", "a provider drains its retries after an "
                + "outage, or a consumer failure makes every worker retry at once", "ack-then-process keeps the "
                + "answer independent of the consumer; downstream retries back off with jitter; ingress limit at "
                + "capacity.ingressRateLimit", "a burst of concurrent deliveries is all acknowledged inside each "
                + "provider's ack deadline; downstream attempts stay within the retry schedule's bounds",
                "concurrent-burst", Level.medium));
        cases.add(new ThreatCase("TM-method", null, "wrong method", "GET, PUT or OPTIONS against the endpoint",
                "POST only", "answered 405; nothing stored", "wrong-method", Level.low));
        cases.add(new ThreatCase("TM-header-case", null, "header normalisation", "a proxy changes header name "
                + "case", "case-insensitive header lookup", "a genuine delivery with other header case is accepted",
                "header-case", Level.low));
        return cases;
    }

    public static List<ThreatCase> forProvider(ProviderProfile p, ProviderDesign d) {
        List<ThreatCase> cases = new ArrayList<>();
        String id = p.id();
        if (d.verification().kind() == null) {
            cases.add(new ThreatCase("TM-" + id + "-unknown-scheme", id, "unverifiable sender", "anyone posts to "
                    + d.endpoint().path() + " while the provider's signing scheme is unknown", "fail closed until "
                    + "a verifier exists", "every delivery is answered 401 until the verifier passes the grader",
                    "missing-signature", Level.high));
            return cases;
        }
        if (Boolean.TRUE.equals(d.verification().timestamped())) {
            cases.add(new ThreatCase("TM-" + id + "-stale", id, "replay of a captured delivery",
                    "a genuine delivery replayed after the tolerance", "timestamp older than the tolerance refused",
                    "answered 401 when the timestamp is older than providers[" + id + "].verification.tolerance",
                    "stale-timestamp", Level.high));
            cases.add(new ThreatCase("TM-" + id + "-future", id, "pre-signed replay", "a delivery whose timestamp "
                    + "lies ahead of the receiver's clock", "timestamp ahead by more than the tolerance refused",
                    "answered 401 when the timestamp is further ahead than the tolerance", "future-timestamp",
                    Level.medium));
        } else {
            cases.add(new ThreatCase("TM-" + id + "-no-timestamp", id, "replay without a signed timestamp "
                    + "(flagged)", "a captured genuine delivery replayed at any later time: its signature stays "
                    + "valid forever", String.join("; ", d.verification().compensatingControls()),
                    "an exact replay inside the dedupe TTL is answered with the success status and not processed "
                            + "again", "exact-replay", Level.high));
        }
        cases.add(new ThreatCase("TM-" + id + "-replay", id, "exact replay", "the same delivery sent twice",
                "dedupe on " + d.idempotency().keyName(), "processed once; both copies acknowledged",
                "exact-replay", Level.high));
        if (p.schemeKind().map(k -> k.value() == SchemeKind.SHARED_TOKEN).orElse(false)) {
            cases.add(new ThreatCase("TM-" + id + "-shared-token", id, "bearer token instead of a signature "
                    + "(flagged)", "whoever sees the token once (a log, a proxy, a misdirected request) can forge "
                    + "any delivery, and the body is never authenticated",
                    String.join("; ", d.verification().compensatingControls()),
                    "the token appears in no log or stored header after a grader run; a wrong token is answered "
                            + "401; the token is rotated on schedule", "wrong-secret", Level.high));
        }
        cases.add(new ThreatCase("TM-" + id + "-rotation", id, "secret rotation", "deliveries signed with the old "
                + "and with the new secret while the secret changes", "both accepted for the rotation overlap, only "
                + "the new one afterwards", "no genuine delivery is refused during rotation; the old secret is "
                + "refused after the overlap", Boolean.TRUE.equals(d.verification().multipleSignatures())
                ? "rotation-multiple-signatures" : null, Level.medium));
        return cases;
    }
}
