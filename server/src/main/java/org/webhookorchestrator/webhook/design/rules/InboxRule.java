package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.design.DataClassification;
import org.webhookorchestrator.webhook.design.Derivation;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Inbox;
import org.webhookorchestrator.webhook.design.Infrastructure;
import org.webhookorchestrator.webhook.design.Level;
import org.webhookorchestrator.webhook.design.ResolvedConstraints;
import org.webhookorchestrator.webhook.design.Risk;
import org.webhookorchestrator.webhook.design.RiskCategory;
import org.webhookorchestrator.webhook.design.Roles;
import org.webhookorchestrator.webhook.design.Term;
import org.webhookorchestrator.webhook.design.TradeOff;
import org.webhookorchestrator.webhook.design.Unit;
import org.webhookorchestrator.webhook.inventory.Inventory.Confidence;

/**
 * The durable inbox and the dedupe store, chosen from what is available. PostgreSQL first: the dedupe check and the
 * inbox write are one insert under a unique key, so a delivery is either safe and deduplicated or neither. Then a
 * log or queue (Kafka, SQS) with the dedupe records in Redis or PostgreSQL beside it; Redis alone last, since its
 * durability depends on how persistence is configured. With nothing available, PostgreSQL is assumed and asked for.
 */
public final class InboxRule {

    public static final String NAME = "inbox-store";
    public static final String POLL = "inbox-poll";
    public static final String RETENTION = "inbox-retention";
    public static final String FORMULA = "store = first available of postgresql, kafka, sqs, redis; none: assume "
            + "postgresql";
    public static final String POLL_FORMULA = "poll = clamp(latencyObjective / 20, 100 ms, 1000 ms)";
    public static final String RETENTION_FORMULA = "retention = max(ttl of every provider)";

    private InboxRule() {
    }

    public static StoreChoice choose(List<String> available, Findings f) {
        List<Infrastructure> have = available.stream().map(s -> Infrastructure.valueOf(s.toUpperCase(
                java.util.Locale.ROOT))).toList();
        if (have.contains(Infrastructure.POSTGRESQL)) {
            record(f, "PostgreSQL inbox table with the dedupe key as its unique key", have);
            return new StoreChoice(Infrastructure.POSTGRESQL, Infrastructure.POSTGRESQL, true, "available");
        }
        for (Infrastructure log : List.of(Infrastructure.KAFKA, Infrastructure.SQS)) {
            if (have.contains(log)) {
                Infrastructure dedupe = have.contains(Infrastructure.REDIS) ? Infrastructure.REDIS : null;
                String basis = "available";
                if (dedupe == null) {
                    dedupe = Infrastructure.POSTGRESQL;
                    basis = f.assume("A-dedupe-store", "a PostgreSQL database can be provisioned for the dedupe "
                            + "records", Confidence.low, log.id() + " alone cannot deduplicate by provider key");
                    f.ask("Q-dedupe-store", "May a PostgreSQL database (or Redis) be provisioned for dedupe "
                            + "records beside " + log.id() + "?", "the dedupe store", Roles.PLATFORM);
                }
                record(f, log.id() + " as the inbox, dedupe records in " + dedupe.id(), have);
                return new StoreChoice(log, dedupe, false, basis);
            }
        }
        if (have.contains(Infrastructure.REDIS)) {
            String basis = f.assume("A-redis-persistence", "Redis runs with append-only persistence (fsync every "
                    + "second or always) and without eviction of inbox keys", Confidence.low,
                    "only Redis is available; without persistence an acknowledged delivery can be lost");
            f.ask("Q-redis-persistence", "Is Redis configured with AOF persistence and a noeviction policy for the "
                    + "inbox keys?", "whether the inbox is durable", Roles.PLATFORM);
            f.risk(new Risk("R-redis-durability", RiskCategory.operational, null, "a Redis restart or failover "
                    + "loses acknowledged deliveries that were not yet persisted", Level.high, Level.medium,
                    "AOF with fsync always for the inbox stream; noeviction; reconciliation where providers allow it",
                    "Redis restarts with a shorter stream than before, or evicts a key", Roles.PLATFORM));
            record(f, "Redis stream as the inbox, dedupe keys in Redis", have);
            return new StoreChoice(Infrastructure.REDIS, Infrastructure.REDIS, false, basis);
        }
        String basis = f.assume("A-inbox-store", "a PostgreSQL database will be provisioned for the inbox",
                Confidence.low, "the constraints name no infrastructure");
        f.ask("Q-inbox-store", "Which durable store may the receiver use for its inbox (PostgreSQL, Kafka, SQS, "
                + "Redis)?", "the inbox and dedupe store", Roles.PLATFORM);
        record(f, "PostgreSQL inbox table with the dedupe key as its unique key (assumed to be provisioned)", have);
        return new StoreChoice(Infrastructure.POSTGRESQL, Infrastructure.POSTGRESQL, true, basis);
    }

    public static Figure pollInterval(Figure latencyObjective) {
        long value = Math.max(100, Math.min(1000, latencyObjective.millis() / 20));
        return Figure.derived(value, Unit.ms, new Derivation(POLL, POLL_FORMULA + ": waiting for a poll uses at "
                + "most a twentieth of the objective", List.of(Term.of("latencyObjective", latencyObjective))));
    }

    public static Figure retention(List<Figure> ttls) {
        Figure longest = ttls.stream().max(java.util.Comparator.comparingLong(Figure::seconds)).orElseThrow();
        return Figure.derived(longest.seconds(), Unit.s, new Derivation(RETENTION, RETENTION_FORMULA
                + ": a processed row is its provider's dedupe record until its own TTL ends",
                List.of(Term.of("longestTtl", longest))));
    }

    public static Inbox decide(StoreChoice choice, ResolvedConstraints c, List<Figure> ttls) {
        List<String> layout = new ArrayList<>();
        List<String> write = new ArrayList<>();
        switch (choice.inbox()) {
            case POSTGRESQL -> {
                layout.add("table webhook_inbox(provider, idempotency_key, received_at, expires_at, api_version, "
                        + "headers, raw_body, state, attempts, next_attempt_at, last_error), unique (provider, "
                        + "idempotency_key)");
                layout.add("table webhook_dead_letter with the same columns plus reason and dead_lettered_at");
                write.add("INSERT ... ON CONFLICT (provider, idempotency_key) DO NOTHING in one transaction; zero "
                        + "rows inserted means a duplicate");
                write.add("commit before answering; workers claim rows with SELECT ... FOR UPDATE SKIP LOCKED");
                write.add("a purge job deletes processed rows whose expires_at (received_at + the provider's TTL) "
                        + "has passed");
            }
            case KAFKA, SQS -> {
                String log = choice.inbox().id();
                layout.add(log + " " + (choice.inbox() == Infrastructure.KAFKA ? "topic webhook-inbox keyed by "
                        + "provider and ordering key" : "queue webhook-inbox with a redrive policy to "
                        + "webhook-dead-letter"));
                layout.add("dedupe records in " + choice.dedupeDescription());
                write.add("claim the dedupe key first (insert-if-absent with the TTL); a claim that already exists "
                        + "is a duplicate");
                write.add("publish to " + log + " and wait for its durable acknowledgement"
                        + (choice.inbox() == Infrastructure.KAFKA ? " (acks=all)" : "") + " before answering");
                write.add("if the publish fails, release the dedupe claim and answer 503, so the provider's retry "
                        + "is not taken for a duplicate");
            }
            case REDIS -> {
                layout.add("stream webhook:inbox, consumer group per worker pool; dedupe keys webhook:dedupe:"
                        + "{provider}:{key} with the TTL as expiry");
                write.add("one Lua script: SET key NX EX ttl and, only when that succeeds, XADD; answer after its "
                        + "reply");
            }
        }
        List<String> handling = new ArrayList<>();
        DataClassification cls = DataClassification.valueOf(c.dataClassification().toUpperCase(
                java.util.Locale.ROOT));
        handling.add("signature and token headers are never stored or logged; only a digest of the body is logged");
        if (cls.sensitive()) {
            handling.add(cls.id() + " payloads: raw bodies encrypted at rest with a managed key; reading or "
                    + "replaying one is restricted to the integration owner and audited");
        } else {
            handling.add(cls.id() + " payloads: stored as received; access limited to the receiver and its operators");
        }
        return new Inbox(choice.inbox().id(), choice.basis(), choice.dedupeDescription(), choice.atomic(), layout,
                write, pollInterval(c.latencyObjective()), retention(ttls), handling);
    }

    private static void record(Findings f, String decision, List<Infrastructure> have) {
        List<String> alternatives = new ArrayList<>();
        alternatives.add("process synchronously inside the request: simplest, but a slow consumer breaks the ack "
                + "deadline and a failing one makes the provider resend");
        if (have.contains(Infrastructure.KAFKA) || have.contains(Infrastructure.SQS)) {
            alternatives.add("a log or queue as the inbox: scales further, but dedupe needs a second store and the "
                    + "two writes are not atomic");
        }
        if (have.contains(Infrastructure.REDIS)) {
            alternatives.add("Redis as the inbox: fast, but an acknowledged delivery is only as durable as its "
                    + "persistence settings");
        }
        alternatives.add("an in-memory queue: loses every acknowledged delivery on a crash");
        f.tradeOff(new TradeOff("T-inbox", "ack-then-process through a durable inbox: " + decision, alternatives,
                "the answer is sent only once the delivery is durable, so the ack deadline depends on one local "
                        + "write, never on the consumer; where the dedupe key is the inbox's unique key, a delivery is "
                        + "either stored once or recognised as a duplicate, with no window between the two"));
    }
}
