package org.webhookorchestrator.webhook.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.webhookorchestrator.webhook.catalog.FactStatus.SECONDARY;
import static org.webhookorchestrator.webhook.catalog.FactStatus.UNVERIFIED;
import static org.webhookorchestrator.webhook.catalog.FactStatus.VERIFIED;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Key facts of the built-in catalog, checked one by one against the provider fact sheet. */
class ProviderFactsTest {

    private static final ProviderCatalog CATALOG = ProviderCatalog.loadBuiltIn();

    static Stream<Arguments> sheet() {
        return Stream.of(
                row("github", "delivery.retriesAutomatically", VERIFIED, false),
                row("github", "delivery.retryHorizonSeconds", VERIFIED, 0L),
                row("github", "delivery.ackDeadlineSeconds", VERIFIED, 10L),
                row("github", "delivery.idempotencyKey", VERIFIED, IdempotencyKey.header("X-GitHub-Delivery")),
                row("github", "delivery.maxPayloadBytes", VERIFIED, 25L * 1024 * 1024),
                row("github", "delivery.sourceIps", VERIFIED, "published through the REST API GET /meta"),
                row("github", "signing.hasTimestamp", VERIFIED, false),
                row("github", "signing.signatureHeaders", VERIFIED, List.of("X-Hub-Signature-256")),
                row("slack", "delivery.ackDeadlineSeconds", VERIFIED, 3L),
                row("slack", "delivery.retryScheduleSeconds", SECONDARY, List.of(0L, 60L, 300L)),
                row("slack", "signing.timestampHeader", VERIFIED, "X-Slack-Request-Timestamp"),
                row("stripe", "delivery.retryHorizonSeconds", VERIFIED, 3L * 86400),
                row("stripe", "delivery.ackDeadlineSeconds", UNVERIFIED, null),
                row("stripe", "delivery.sourceIps", UNVERIFIED, null),
                row("stripe", "delivery.ordering", SECONDARY, "order not guaranteed"),
                row("stripe", "delivery.idempotencyKey", VERIFIED, IdempotencyKey.bodyField("id")),
                row("stripe", "signing.signatureToleranceSeconds", VERIFIED, 300L),
                row("stripe", "signing.rejectsFutureTimestamps", VERIFIED, false),
                row("shopify", "delivery.retryHorizonSeconds", VERIFIED, 4L * 3600),
                row("shopify", "delivery.retryCount", VERIFIED, 8L),
                row("shopify", "delivery.ackDeadlineSeconds", SECONDARY, 5L),
                row("shopify", "delivery.stalenessHeader", VERIFIED, "X-Shopify-Triggered-At"),
                row("shopify", "signing.encoding", VERIFIED, "base64"),
                row("svix", "delivery.retryScheduleSeconds", VERIFIED,
                        List.of(0L, 5L, 300L, 1800L, 7200L, 18000L, 36000L, 36000L)),
                row("svix", "delivery.retryHorizonSeconds", VERIFIED, 99305L),
                row("svix", "delivery.ackDeadlineSeconds", VERIFIED, 15L),
                row("svix", "delivery.endpointDisabledAfterSeconds", VERIFIED, 5L * 86400),
                row("svix", "delivery.sourceIps", VERIFIED, "published as docs.svix.com/webhook-ips.json"),
                row("standard-webhooks", "delivery.retryHorizonSeconds", VERIFIED, 272105L),
                row("standard-webhooks", "delivery.ackDeadlineSeconds", VERIFIED, 15L),
                row("standard-webhooks", "delivery.maxPayloadBytes", VERIFIED, 20L * 1024),
                row("standard-webhooks", "delivery.responseSemantics", VERIFIED, Map.of("3xx", "failure",
                        "410", "disable the endpoint", "429", "throttle", "502", "throttle", "504", "throttle",
                        "Retry-After (response header)", "honoured")),
                row("standard-webhooks", "signing.rejectsFutureTimestamps", VERIFIED, true),
                row("gitlab", "signing.schemeKind", VERIFIED, SchemeKind.SHARED_TOKEN),
                row("gitlab", "signing.signatureHeaders", VERIFIED, List.of("X-Gitlab-Token")),
                row("gitlab", "delivery.idempotencyKey", SECONDARY, IdempotencyKey.header("Idempotency-Key")),
                row("gitlab", "delivery.ackDeadlineSeconds", UNVERIFIED, null),
                row("square", "delivery.retryHorizonSeconds", VERIFIED, 72L * 3600),
                row("square", "delivery.ackDeadlineSeconds", VERIFIED, 10L),
                row("square", "delivery.endpointDisabledAfterSeconds", VERIFIED, 21L * 86400),
                row("paypal", "delivery.retryHorizonSeconds", VERIFIED, 3L * 86400),
                row("paypal", "delivery.retryCount", VERIFIED, 25L),
                row("paypal", "signing.schemeKind", VERIFIED, SchemeKind.PUBLIC_KEY),
                row("paddle", "delivery.retryHorizonSeconds", VERIFIED, 3L * 86400),
                row("paddle", "delivery.retryCount", VERIFIED, 60L),
                row("paddle", "delivery.ackDeadlineSeconds", VERIFIED, 5L),
                row("paddle", "signing.signatureToleranceSeconds", VERIFIED, 5L),
                row("mailgun", "delivery.retryHorizonSeconds", VERIFIED, 8L * 3600),
                row("mailgun", "delivery.responseSemantics", VERIFIED, Map.of("406", "rejected, not retried")),
                row("mailgun", "signing.signatureHeaders", VERIFIED, List.of()),
                row("discord", "delivery.retryHorizonSeconds", VERIFIED, 600L),
                row("discord", "delivery.ackDeadlineSeconds", VERIFIED, 3L),
                row("discord", "signing.algorithm", VERIFIED, "Ed25519"),
                row("zoom", "delivery.ackDeadlineSeconds", SECONDARY, 3L),
                row("zoom", "signing.signatureToleranceSeconds", UNVERIFIED, null),
                row("linear", "delivery.ackDeadlineSeconds", UNVERIFIED, null),
                row("linear", "signing.timestampUnit", VERIFIED, TimestampUnit.MILLISECONDS),
                row("linear", "signing.signatureToleranceSeconds", VERIFIED, 60L),
                row("hubspot", "signing.timestampUnit", VERIFIED, TimestampUnit.MILLISECONDS),
                row("sendgrid", "delivery.batched", VERIFIED, true),
                row("sendgrid", "signing.algorithm", VERIFIED, "ECDSA P-256 with SHA-256"),
                row("twilio", "signing.algorithm", VERIFIED, "HMAC-SHA1"),
                row("twilio", "delivery.retriesAutomatically", UNVERIFIED, null),
                row("intercom", "signing.algorithm", SECONDARY, "HMAC-SHA1"),
                row("intercom", "delivery.retryHorizonSeconds", UNVERIFIED, null),
                row("jira", "delivery.idempotencyKey", SECONDARY,
                        IdempotencyKey.header("X-Atlassian-Webhook-Identifier")));
    }

    @ParameterizedTest(name = "{0} {1} is {2} {3}")
    @MethodSource("sheet")
    void factMatchesTheSheet(String provider, String path, FactStatus status, Object value) {
        SourcedFact<?> fact = CATALOG.find(provider).orElseThrow().facts().get(path);
        assertThat(fact).as(path).isNotNull();
        assertThat(fact.status()).isEqualTo(status);
        assertThat(fact.value()).isEqualTo(value);
    }

    @Test
    void durationsComeBackAsDurations() {
        assertThat(entry("stripe").retryHorizon().value()).isEqualTo(Duration.ofDays(3));
        assertThat(entry("shopify").retryHorizon().value()).isEqualTo(Duration.ofHours(4));
        assertThat(entry("slack").ackDeadline().value()).isEqualTo(Duration.ofSeconds(3));
        assertThat(entry("square").endpointDisabledAfter().value()).isEqualTo(Duration.ofDays(21));
        assertThat(entry("stripe").ackDeadline().known()).isFalse();
    }

    @Test
    void svixScheduleSumsToItsHorizon() {
        List<Duration> schedule = entry("svix").retrySchedule().value();
        assertThat(schedule).containsExactly(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
                Duration.ofHours(10));
        assertThat(schedule.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(entry("svix").retryHorizon().value());
    }

    @Test
    void standardWebhooksExampleScheduleIsAbout75Point6Hours() {
        Duration horizon = entry("standard-webhooks").retryHorizon().value();
        assertThat(horizon.toMinutes() / 60.0).isBetween(75.55, 75.65);
        assertThat(entry("standard-webhooks").retrySchedule().value().stream().reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(horizon);
    }

    @Test
    void githubDoesNotRetryAndHasNoTimestampFacts() {
        ProviderEntry github = entry("github");
        assertThat(github.retriesAutomatically().hasValue(false)).isTrue();
        assertThat(github.retrySchedule().value()).isEmpty();
        assertThat(github.ackDeadline().note()).contains("GHES: 30 s");
        assertThat(github.hasTimestamp().hasValue(false)).isTrue();
        assertThat(github.signatureTolerance()).isEmpty();
        assertThat(github.timestampUnit()).isEmpty();
        assertThat(github.rejectsFutureTimestamps()).isEmpty();
    }

    @Test
    void timestampFactsArePresentWhereATimestampIs() {
        assertThat(entry("stripe").signatureTolerance()).get().extracting(SourcedFact::value)
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(entry("mailgun").timestampUnit()).get().extracting(SourcedFact::status).isEqualTo(UNVERIFIED);
        assertThat(entry("mailgun").signing().timestampHeader()).isNull();
    }

    @Test
    void gitlabRecordsThatItsSchemeIsAPlaintextToken() {
        ProviderEntry gitlab = entry("gitlab");
        assertThat(gitlab.schemeKind().value()).isEqualTo(SchemeKind.SHARED_TOKEN);
        assertThat(gitlab.signing().scheme().note()).contains("plaintext shared token");
    }

    @Test
    void squareRecordsTheDisagreementBehindItsHorizon() {
        assertThat(entry("square").retryHorizon().note()).contains("24 hours").contains("72 hours");
    }

    @Test
    void shopifyTimeoutIsSecondaryBecauseItRestsOnAStaffForumPost() {
        SourcedFact<Duration> deadline = entry("shopify").ackDeadline();
        assertThat(CATALOG.citations(deadline)).extracting(Source::kind).containsExactly(SourceKind.PROVIDER_STAFF);
        assertThat(deadline.note()).contains("community forum");
    }

    private static ProviderEntry entry(String id) {
        return CATALOG.find(id).orElseThrow();
    }

    private static Arguments row(String provider, String path, FactStatus status, Object value) {
        return Arguments.of(provider, path, status, value);
    }
}
