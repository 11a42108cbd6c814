package org.webhookorchestrator.webhook.grader;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.signature.Delivery;

/** The cases about acknowledging authentic deliveries in time and processing each event exactly once. */
final class DeliveryCases {

    /** How long after an abandoned attempt the emulator retries: well inside any processing a slow receiver does. */
    static final Duration RETRY_PAUSE = Duration.ofMillis(50);

    private DeliveryCases() {
    }

    static GradeCase validDelivery() {
        return GradeCase.always(new CaseSpec("valid-delivery",
                "An authentic, fresh delivery is acknowledged within the ack deadline, verified on the bytes "
                        + "received: its body is valid JSON but not in canonical form.",
                "HTTP status; ack latency", "2xx within the ack deadline",
                "Sign an event whose JSON has extra spaces, an unusual key order, escaped unicode and an escaped "
                        + "slash, and send it unchanged."),
                run -> run.expectAcknowledged(run.emulator().sign(run.emulator().draft(BodyStyle.NON_CANONICAL),
                        run.emulator().now())));
    }

    static GradeCase exactReplay() {
        return GradeCase.always(new CaseSpec("exact-replay",
                "The same request sent twice is processed once; the copy is answered without a server error.",
                "processedCount via the effects probe; HTTP statuses",
                "first 2xx; copy 2xx or 4xx; processedCount 1",
                "Send one signed delivery, then the identical bytes again after the first answer."),
                run -> {
                    Delivery delivery = run.emulator().sign(run.emulator().draft(BodyStyle.CANONICAL),
                            run.emulator().now());
                    Exchange first = run.send(delivery);
                    Exchange copy = run.send(delivery);
                    List<String> evidence = List.of("first: " + first.evidence(), "copy: " + copy.evidence());
                    if (!copy.responded() || copy.serverError()) {
                        return run.fail("the copy got " + copy.outcome(), evidence);
                    }
                    return run.expectProcessedOnce(run.emulator().keyOf(delivery), evidence, first);
                });
    }

    static GradeCase sameEventNewDelivery() {
        return GradeCase.always(new CaseSpec("same-event-new-delivery",
                "A new delivery of an event already received (new signature and timestamp, same idempotency key) "
                        + "is acknowledged and not processed again.",
                "processedCount via the effects probe; HTTP statuses", "both 2xx; processedCount 1",
                "Sign one event 2 s ago and send it; sign the same event (same key, same body) now and send it."),
                run -> {
                    Instant earlier = run.emulator().now().minusSeconds(2);
                    EventDraft draft = run.emulator().draft(BodyStyle.CANONICAL, earlier);
                    Delivery original = run.emulator().sign(draft, earlier);
                    Delivery redelivery = run.emulator().sign(draft, run.emulator().now());
                    Exchange first = run.send(original);
                    Exchange second = run.send(redelivery);
                    List<String> evidence = List.of("original: " + first.evidence(),
                            "redelivery: " + second.evidence());
                    return run.expectProcessedOnce(run.emulator().keyOf(redelivery), evidence, first, second);
                });
    }

    static GradeCase abandonedThenRetried() {
        return GradeCase.always(new CaseSpec("abandoned-then-retried",
                "A delivery whose response the sender abandoned, then retried, is processed once and the retry "
                        + "is acknowledged.",
                "processedCount via the effects probe; the retry's HTTP status", "retry 2xx; processedCount 1",
                "Send a signed delivery and close the connection as soon as the request is out, before any "
                        + "response; " + RETRY_PAUSE.toMillis() + " ms later send the same delivery again."),
                run -> {
                    Delivery delivery = run.emulator().sign(run.emulator().draft(BodyStyle.CANONICAL),
                            run.emulator().now());
                    Exchange abandoned = run.emulator().sendAndAbandon(delivery, run.deadline());
                    Thread.sleep(RETRY_PAUSE.toMillis());
                    Exchange retry = run.send(delivery);
                    List<String> evidence = List.of("abandoned: " + abandoned.evidence(),
                            "retry: " + retry.evidence());
                    return run.expectProcessedOnce(run.emulator().keyOf(delivery), evidence, retry);
                });
    }

    static GradeCase concurrentBurst() {
        return GradeCase.always(new CaseSpec("concurrent-burst",
                "A burst of distinct deliveries sent at once is acknowledged in full within the ack deadline; "
                        + "with an effects probe each is processed once.",
                "acknowledged count; ack latency p50/p95/p99; processedCount per key when observable",
                "all 2xx; p99 within the ack deadline; processedCount 1 for each",
                "Sign N distinct events (the target's burst size, 50 by default), send them all concurrently."),
                DeliveryCases::burst);
    }

    private static CaseResult burst(CaseRun run) throws Exception {
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < run.target().burstSize(); i++) {
            deliveries.add(run.emulator().sign(run.emulator().draft(BodyStyle.CANONICAL), run.emulator().now()));
        }
        List<Exchange> exchanges = run.emulator().sendAtOnce(deliveries, run.deadline());
        List<Duration> latencies = exchanges.stream().map(Exchange::latency).toList();
        Percentiles percentiles = Percentiles.of(latencies);
        long acknowledged = exchanges.stream().filter(Exchange::successful).count();
        String observed = acknowledged + "/" + exchanges.size() + " acknowledged; " + percentiles;
        List<String> evidence = new ArrayList<>(List.of(observed, "ack deadline " + run.deadline().toMillis() + " ms"));
        exchanges.stream().filter(e -> !e.successful()).limit(5).forEach(e -> evidence.add("not acknowledged: "
                + e.evidence()));
        if (acknowledged < exchanges.size() || percentiles.p99().compareTo(run.deadline()) > 0) {
            return run.fail(observed, evidence);
        }
        if (!run.hasProbe()) {
            return run.pass(observed + "; processedCount not observed (no effects probe)", evidence);
        }
        List<String> keys = deliveries.stream().map(run.emulator()::keyOf).toList();
        long processedOnce;
        try {
            processedOnce = run.probe().settled(keys).stream().filter(e -> e.processedCount() == 1).count();
        } catch (EffectsProbeClient.ProbeException e) {
            evidence.add("effects probe unusable: " + e.getMessage());
            return run.pass(observed + "; processedCount not observed", evidence);
        }
        String withEffects = observed + "; processed once: " + processedOnce + "/" + deliveries.size();
        return processedOnce == deliveries.size() ? run.pass(withEffects, evidence) : run.fail(withEffects, evidence);
    }
}
