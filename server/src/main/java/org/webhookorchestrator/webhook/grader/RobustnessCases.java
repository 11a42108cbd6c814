package org.webhookorchestrator.webhook.grader;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.webhookorchestrator.webhook.signature.Delivery;

/** The cases about inputs that must be turned away quickly and never crash the receiver. */
final class RobustnessCases {

    private RobustnessCases() {
    }

    static GradeCase oversizePayload() {
        return GradeCase.always(new CaseSpec("oversize-payload",
                "A body larger than the receiver's limit is refused quickly (413 expected), never with a server "
                        + "error or a hang.",
                "HTTP status; response latency", "4xx within the ack deadline",
                "Sign a JSON event padded to the target's body limit plus one byte, sent with its Content-Length "
                        + "and Expect: 100-continue."),
                run -> {
                    int length = (int) run.target().maxBodyBytes() + 1;
                    String eventId = run.emulator().newEventId();
                    EventDraft draft = run.emulator().draftWithBody(eventId, run.emulator().now(),
                            EventBodies.padded(run.provider(), eventId, run.emulator().now(), length));
                    // Expect: 100-continue lets a receiver refuse on the headers alone; without it, a receiver
                    // that answers 413 at once and closes races the upload, and the answer can be lost.
                    Delivery signed = run.emulator().sign(draft, run.emulator().now());
                    Exchange exchange = run.send(signed.withHeaders(signed.headers().with("Expect", "100-continue")));
                    List<String> evidence = List.of(exchange.evidence(),
                            "body limit " + run.target().maxBodyBytes() + " B");
                    if (!exchange.refused()) {
                        return run.fail(exchange.outcome(), evidence);
                    }
                    if (exchange.latency().compareTo(run.deadline()) > 0) {
                        return run.fail(exchange.outcome() + ", later than the ack deadline", evidence);
                    }
                    return run.pass(exchange.outcome(), evidence);
                });
    }

    static GradeCase malformedJson() {
        return new GradeCase(new CaseSpec("malformed-json",
                "A validly signed body that is not JSON is answered without a server error (the reference "
                        + "receiver answers 400).",
                "HTTP status; response latency", "a status below 500 within the ack deadline",
                "Sign a truncated JSON object (its closing brace replaced by a comma) and send it."),
                run -> run.provider().id().equals("mailgun")
                        ? Optional.of("Mailgun's signature lives inside the JSON body; a body that is not JSON "
                                + "cannot carry a valid one")
                        : Optional.empty(),
                run -> {
                    EventDraft draft = run.emulator().draft(BodyStyle.CANONICAL);
                    String json = new String(draft.unsigned().body(), StandardCharsets.UTF_8);
                    String broken = json.substring(0, json.lastIndexOf('}')) + ",";
                    Delivery delivery = run.emulator().sign(draft.withBody(broken.getBytes(StandardCharsets.UTF_8)),
                            run.emulator().now());
                    Exchange exchange = run.send(delivery);
                    List<String> evidence = List.of(exchange.evidence());
                    if (!exchange.responded() || exchange.serverError()) {
                        return run.fail(exchange.outcome(), evidence);
                    }
                    if (exchange.latency().compareTo(run.deadline()) > 0) {
                        return run.fail(exchange.outcome() + ", later than the ack deadline", evidence);
                    }
                    return run.pass(exchange.outcome(), evidence);
                });
    }

    static GradeCase wrongMethod() {
        return GradeCase.always(new CaseSpec("wrong-method",
                "A request with a method other than POST is refused (405 expected) and never processed.",
                "HTTP status", "4xx",
                "Send GET, without a body or signature, to the webhook URL."),
                run -> {
                    Delivery get = Delivery.builder("GET", run.target().url().toString()).build();
                    Exchange exchange = run.send(get);
                    List<String> evidence = List.of(exchange.evidence());
                    return exchange.refused() ? run.pass(String.valueOf(exchange.status()), evidence)
                            : run.fail(exchange.outcome(), evidence);
                });
    }
}
