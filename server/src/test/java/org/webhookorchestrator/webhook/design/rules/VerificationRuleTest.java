package org.webhookorchestrator.webhook.design.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.webhookorchestrator.webhook.design.Basis;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Infrastructure;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Profiles;
import org.webhookorchestrator.webhook.design.Unit;
import org.webhookorchestrator.webhook.design.Verification;

class VerificationRuleTest {

    static Verification of(String provider, Findings f) {
        ProviderProfile p = Profiles.of(provider);
        Figure horizon = RetryHorizonRule.horizon(p, f);
        var idempotency = IdempotencyRule.decide(p, new StoreChoice(Infrastructure.POSTGRESQL,
                Infrastructure.POSTGRESQL, true, "available"), Figure.policy(1, Unit.s, "ttl", "test"), f);
        return VerificationRule.decide(p, ReplayToleranceRule.tolerance(p, f), horizon, idempotency,
                IpAllowlistRule.decide(p, f), f);
    }

    static Verification of(String provider) {
        return of(provider, new Findings());
    }

    @Test
    void aSharedTokenSchemeIsFlaggedWithCompensatingControlsAndAQuestion() {
        Findings f = new Findings();
        Verification gitlab = of("gitlab", f);

        assertThat(gitlab.kind()).isEqualTo("shared-token");
        assertThat(gitlab.compensatingControls()).anySatisfy(c -> assertThat(c).contains("TLS only"))
                .anySatisfy(c -> assertThat(c).contains("rotate the token"));
        assertThat(f.questions()).extracting(q -> q.id()).contains("Q-gitlab-signing-token");
    }

    @Test
    void aSchemeWithoutATimestampLeansOnTheDedupeRecordAgainstReplays() {
        Verification github = of("github");

        assertThat(github.timestamped()).isFalse();
        assertThat(github.tolerance()).isNull();
        assertThat(github.compensatingControls()).first().asString().contains("X-GitHub-Delivery");
    }

    @Test
    void aStalenessHeaderClosesTheReplayGapAfterTheDedupeTtl() {
        assertThat(of("shopify").compensatingControls())
                .anySatisfy(c -> assertThat(c).contains("X-Shopify-Triggered-At"));
    }

    @Test
    void aTimestampedSchemeUsesTheSdkToleranceAsAFact() {
        Verification stripe = of("stripe");

        assertThat(stripe.tolerance().value()).isEqualTo(300);
        assertThat(stripe.tolerance().basis()).isEqualTo(Basis.fact);
        assertThat(stripe.compensatingControls()).isEmpty();
    }

    @Test
    void aFutureTimestampIsRefusedEvenWhereTheSdkLetsItPass() {
        assertThat(of("stripe").procedure()).anySatisfy(s -> assertThat(s).contains("stricter than the provider's"));
        assertThat(of("standard-webhooks").procedure()).noneSatisfy(s -> assertThat(s).contains("stricter"));
    }

    @Test
    void aTimestampedSchemeWithoutADocumentedToleranceAssumesOne() {
        Findings f = new Findings();
        Verification zoom = of("zoom", f);

        assertThat(zoom.tolerance().basis()).isEqualTo(Basis.assumption);
        assertThat(f.assumptions()).extracting(a -> a.id()).contains("A-zoom-tolerance");
    }

    @Test
    void anUnknownSchemeFailsClosed() {
        Verification custom = of("Acme Freight");

        assertThat(custom.kind()).isNull();
        assertThat(custom.procedure()).singleElement().asString().startsWith("fail closed");
        assertThat(custom.rotationOverlap()).isNull();
    }

    @Test
    void severalSignaturesLetRotationOverlapOnTheProviderSide() {
        assertThat(of("standard-webhooks").rotationProcedure().get(0)).contains("several signatures");
        assertThat(of("github").rotationProcedure().get(0)).contains("current and the previous secret");
    }

    @Test
    void theRotationOverlapLastsAtLeastTheRetryHorizon() {
        assertThat(of("stripe").rotationOverlap().value()).isEqualTo(259200);
        assertThat(of("github").rotationOverlap().value()).isEqualTo(86400);
    }
}
