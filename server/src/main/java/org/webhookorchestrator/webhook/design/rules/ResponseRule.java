package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.webhookorchestrator.webhook.design.Derivation;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Known;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.ResponseCode;
import org.webhookorchestrator.webhook.design.Term;
import org.webhookorchestrator.webhook.design.TradeOff;
import org.webhookorchestrator.webhook.design.Unit;
import org.webhookorchestrator.webhook.inventory.Inventory.Confidence;

/**
 * What the endpoint answers in each situation. Success uses the status the provider counts as delivered (a duplicate
 * too, so that the provider stops resending); every failed check is the same 401 so the answer tells an attacker
 * nothing; a permanent refusal uses the provider's documented do-not-retry status where there is one; a status the
 * provider gives a special meaning (Standard Webhooks' 410 disables the endpoint) is never sent by accident.
 */
public final class ResponseRule {

    public static final String NAME = "success-status";
    public static final String FORMULA = "success = delivery.successStatus when it is one status; a class such as "
            + "2xx: its lowest member (200); unknown: assumed 200";

    private ResponseRule() {
    }

    public static Figure successStatus(ProviderProfile p, Findings findings) {
        Optional<Known<String>> fact = p.text("delivery.successStatus");
        if (fact.isPresent()) {
            String s = fact.get().value();
            if (s.matches("[1-5][0-9][0-9]")) {
                return Figure.fact(Long.parseLong(s), Unit.httpStatus, fact.get().ref());
            }
            if (s.matches("[1-5]xx")) {
                Figure cls = Figure.fact(Long.parseLong(s.substring(0, 1)) * 100, Unit.httpStatus, fact.get().ref());
                return Figure.derived(cls.value(), Unit.httpStatus,
                        new Derivation(NAME, FORMULA, List.of(Term.of("statusClass", cls))));
            }
        }
        String id = findings.assume("A-" + p.id() + "-success-status", p.displayName()
                + " counts a 200 response as delivered", Confidence.medium,
                "no source names the status; 200 is the lowest status of 2xx, the success class every catalog "
                        + "source that names a class gives");
        return Figure.assumed(200, Unit.httpStatus, id, "success status not documented");
    }

    public static List<ResponseCode> decide(ProviderProfile p, Figure success) {
        int ok = (int) success.value();
        List<ResponseCode> codes = new ArrayList<>();
        codes.add(new ResponseCode("verified and committed to the inbox", ok, "the status the provider counts as "
                + "delivered"));
        codes.add(new ResponseCode("verified duplicate (key already in the dedupe store)", ok,
                "the delivery is already safe; any other answer makes the provider resend it"));
        codes.add(new ResponseCode("signature, token or timestamp check failed, or the header is missing", 401,
                "one status for every failed check, so the answer does not say which check failed"));
        codes.add(new ResponseCode("body larger than the payload limit", 413, "refused before it is buffered"));
        codes.add(new ResponseCode("method other than POST", 405, "only POST is a delivery"));
        String noRetry = noRetryStatus(p).orElse(null);
        codes.add(new ResponseCode("verified but not valid JSON, or no idempotency key in it",
                noRetry == null ? 400 : Integer.parseInt(noRetry), noRetry == null
                ? "a client error, never a 5xx: the same bytes cannot succeed later"
                : "the provider documents this status as rejected and not retried"));
        codes.add(new ResponseCode("inbox commit failed or the ack deadline passed", 503,
                "the delivery is not safe yet; the provider's retry or the reconciliation job brings it back"));
        return codes;
    }

    public static TradeOff tradeOff() {
        return new TradeOff("T-malformed-4xx", "a validly signed but malformed body is answered 4xx",
                List.of("acknowledge it and dead-letter it: the provider stops resending, but a body the receiver "
                        + "cannot read is reported as delivered"),
                "the same bytes can never succeed, a 4xx is honest about it, and it never looks like an outage of "
                        + "ours (5xx); the refusal is counted and alerts when it recurs");
    }

    /** Statuses the provider gives a meaning of its own, which the endpoint must never send by accident. */
    public static List<String> reservedStatuses(ProviderProfile p) {
        List<String> reserved = new ArrayList<>();
        p.responseSemantics().map(Known::value).orElse(Map.of()).forEach((status, meaning) -> {
            if (status.matches("[1-5][0-9][0-9]")) {
                reserved.add(status + " (" + meaning + ")");
            }
        });
        return reserved;
    }

    private static Optional<String> noRetryStatus(ProviderProfile p) {
        return p.responseSemantics().map(Known::value).orElse(Map.of()).entrySet().stream()
                .filter(e -> e.getKey().matches("4[0-9][0-9]") && e.getValue().contains("not retried"))
                .map(Map.Entry::getKey).sorted().findFirst();
    }
}
