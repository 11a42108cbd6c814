package org.webhookorchestrator.webhook.design.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Ordering;
import org.webhookorchestrator.webhook.design.OrderingNeed;
import org.webhookorchestrator.webhook.design.OrderingRequirement;
import org.webhookorchestrator.webhook.design.Profiles;

class OrderingRuleTest {

    @Test
    void withoutANeedEventsAreProcessedConcurrently() {
        Ordering o = OrderingRule.decide(Profiles.of("stripe"), List.of(), new Findings());

        assertThat(o.requirement()).isEqualTo("none");
        assertThat(o.strategy()).startsWith("process concurrently");
        assertThat(o.providerStatement()).isEqualTo("order not guaranteed");
    }

    @Test
    void aPerKeyNeedSerializesPerEntityAndChecksVersions() {
        Ordering o = OrderingRule.decide(Profiles.of("stripe"), List.of(new OrderingNeed("stripe",
                "customer.subscription.updated", OrderingRequirement.PER_KEY, "data.object.id")), new Findings());

        assertThat(o.strategy()).startsWith("serialize per key").contains("version");
        assertThat(o.keys()).containsExactly("data.object.id");
    }

    @Test
    void aTotalOrderIsEscalatedBecauseNoProviderGuaranteesOne() {
        Findings f = new Findings();
        OrderingRule.decide(Profiles.of("svix"), List.of(new OrderingNeed("svix", "a", OrderingRequirement.TOTAL,
                null)), f);

        assertThat(f.questions()).extracting(q -> q.id()).containsExactly("Q-svix-total-order");
        assertThat(f.risks()).extracting(r -> r.id()).containsExactly("R-svix-total-order");
    }
}
