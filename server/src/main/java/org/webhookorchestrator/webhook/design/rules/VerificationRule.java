package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.webhookorchestrator.webhook.catalog.SchemeKind;
import org.webhookorchestrator.webhook.catalog.TimestampUnit;
import org.webhookorchestrator.webhook.design.FactRef;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Idempotency;
import org.webhookorchestrator.webhook.design.IpAllowlist;
import org.webhookorchestrator.webhook.design.Known;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.TradeOff;
import org.webhookorchestrator.webhook.design.Verification;

/**
 * Verification on the raw bytes with the provider's scheme. A scheme that signs no timestamp, or one that sends a
 * plaintext shared token instead of a signature, is flagged and given compensating controls; an unknown scheme fails
 * closed: the endpoint refuses every delivery until a verifier exists.
 */
public final class VerificationRule {

    public static final String NAME = "verification";
    public static final String FORMULA = "scheme from signing.*; |now - timestamp| <= tolerance both ways; no "
            + "timestamp or shared token: compensating controls; unknown scheme: fail closed";

    private VerificationRule() {
    }

    public static Verification decide(ProviderProfile p, Optional<Figure> tolerance, Figure horizon,
                                      Idempotency idempotency, IpAllowlist allowlist, Findings findings) {
        Optional<SchemeKind> kind = p.schemeKind().map(Known::value);
        Boolean timestamped = p.flag("signing.hasTimestamp").map(Known::value).orElse(null);
        List<String> headers = p.signatureHeaders().map(Known::value).orElse(List.of());
        String algorithm = value(p, "signing.algorithm");
        String signed = value(p, "signing.signedContent");
        String secretForm = value(p, "signing.secretForm");
        String timestampHeader = value(p, "signing.timestampHeader");
        List<String> procedure = new ArrayList<>();
        List<String> compensating = new ArrayList<>();
        if (kind.isEmpty()) {
            findings.tradeOff(failClosed());
            procedure.add("fail closed: answer 401 to every delivery until the signing scheme is known and a "
                    + "verifier for it passes the receiver grader");
            findings.ask("Q-" + p.id() + "-scheme", "How does " + p.displayName() + " sign a delivery: algorithm, "
                    + "encoding, header names, exactly which bytes, and is a timestamp signed?",
                    "verification, replay protection and rotation for " + p.id(), Roles.SECURITY);
        } else {
            procedure.add("read the body as raw bytes; never parse or re-serialize before verifying");
            procedure.add("read " + (headers.isEmpty() ? "the signature fields" : String.join(", ", headers))
                    + " case-insensitively; a missing one is a failure");
            if (Boolean.TRUE.equals(timestamped)) {
                String unit = p.timestampUnit().map(k -> k.value() == TimestampUnit.MILLISECONDS ? "ms" : "s")
                        .orElse("unit unverified: accept seconds only after confirming it");
                procedure.add("read the timestamp" + (timestampHeader == null ? "" : " from " + timestampHeader)
                        + " (" + unit + ") and refuse it when it is further than the tolerance from the receiver's "
                        + "clock, in the past or the future");
                if (p.isFalse("signing.rejectsFutureTimestamps")) {
                    findings.tradeOff(futureTimestamps());
                    procedure.add("this is stricter than the provider's SDK, which lets future timestamps pass: a "
                            + "timestamp ahead of the clock by more than the tolerance is refused as well");
                }
            }
            procedure.add(switch (kind.get()) {
                case HMAC -> "compute " + nonNull(algorithm, "the HMAC") + " over " + nonNull(signed, "the signed "
                        + "content") + " with the secret (" + nonNull(secretForm, "form unverified") + "), encode "
                        + nonNull(value(p, "signing.encoding"), "as the provider does") + ", and compare it with "
                        + "each signature sent in constant time";
                case PUBLIC_KEY -> "verify the " + nonNull(algorithm, "signature") + " over " + nonNull(signed,
                        "the signed content") + " with " + nonNull(secretForm, "the provider's public key");
                case SHARED_TOKEN -> "compare the token sent with the expected token in constant time; it is a "
                        + "bearer secret, not a signature: the body is not authenticated";
            });
            procedure.add("on any failure answer 401, count it by reason, and log neither the signature nor the "
                    + "body");
            procedure.add("only a verified body is parsed");
        }
        if (kind.isPresent() && !Boolean.TRUE.equals(timestamped)) {
            compensating.add("the dedupe record (" + idempotency.keyName() + ", kept for the dedupe TTL) turns an "
                    + "exact replay inside the TTL into a no-op acknowledgement");
            p.text("delivery.stalenessHeader").ifPresent(h -> compensating.add("refuse a delivery whose "
                    + h.value() + " is older than the dedupe TTL: a replay after its record expired is then refused "
                    + "too"));
            if (allowlist.planned()) {
                compensating.add("the IP allowlist limits who can replay at all");
            }
            compensating.add("a replay after the TTL is a residual risk: the consumer is idempotent on its business "
                    + "key");
        }
        if (kind.orElse(null) == SchemeKind.SHARED_TOKEN) {
            compensating.add("TLS only, and the token header is stripped before anything is logged or stored");
            compensating.add("rotate the token on a schedule and whenever a log or proxy may have seen it");
            compensating.add("prefer a signing option of the provider where one exists"
                    + p.text("signing.rotation").map(k -> " (" + k.value() + ")").orElse(""));
            findings.ask("Q-" + p.id() + "-signing-token", "Can " + p.displayName() + " sign deliveries instead of "
                    + "sending a shared token, and is that option generally available?",
                    "whether " + p.id() + " keeps a shared-token scheme", Roles.SECURITY);
        }
        List<FactRef> facts = Stream.of("signing.scheme", "signing.schemeKind", "signing.algorithm",
                        "signing.encoding", "signing.signatureHeaders", "signing.hasTimestamp", "signing.timestampHeader",
                        "signing.signedContent", "signing.secretForm", "signing.multipleSignatures")
                .map(p::ref).flatMap(Optional::stream).toList();
        return new Verification(value(p, "signing.scheme"), kind.map(VerificationRule::kindId).orElse(null),
                algorithm, value(p, "signing.encoding"), headers, signed, secretForm, facts, procedure,
                timestamped, timestampHeader, tolerance.orElse(null), compensating,
                p.flag("signing.multipleSignatures").map(Known::value).orElse(null),
                kind.isEmpty() ? null : RotationRule.overlap(horizon),
                kind.isEmpty() ? List.of() : RotationRule.procedure(p));
    }

    /** The future-timestamp choice, when a provider's SDK accepts timestamps ahead of the clock. */
    public static TradeOff futureTimestamps() {
        return new TradeOff("T-future-timestamps", "refuse timestamps ahead of the clock by more than the tolerance",
                List.of("follow the provider SDK and check age only: matches the SDK, but a delivery pre-signed with "
                        + "a future timestamp stays replayable for as long as its timestamp is ahead"),
                "the tolerance is a window around now in both directions; a genuine delivery is never ahead of the "
                        + "receiver's clock by more than the skew the tolerance already allows");
    }

    /** The fail-closed choice for a provider whose scheme is unknown. */
    public static TradeOff failClosed() {
        return new TradeOff("T-fail-closed", "an endpoint whose signing scheme is unknown refuses every delivery",
                List.of("accept unverified deliveries until the scheme is known: the integration starts earlier, but "
                        + "anyone who finds the URL can inject events", "accept on a shared secret in the URL: "
                        + "leaks through logs and proxies"),
                "an unauthenticated event is worse than a late one; the open questions say what unblocks it");
    }

    public static String kindId(SchemeKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String value(ProviderProfile p, String fact) {
        return p.text(fact).map(Known::value).orElse(null);
    }

    private static String nonNull(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
