package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void lookupIgnoresCase() {
        assertThat(Headers.of("Stripe-Signature", "t=1").first("STRIPE-signature")).contains("t=1");
    }

    @Test
    void everyValueOfANameIsKeptInOrder() {
        Headers headers = Headers.of("Accept", "a", "X-Other", "x", "accept", "b");

        assertThat(headers.all("ACCEPT")).containsExactly("a", "b");
    }

    @Test
    void replacingANameRemovesItsValuesInAnyCase() {
        Headers headers = Headers.of("webhook-signature", "old", "Webhook-Signature", "older")
                .withReplaced("WEBHOOK-SIGNATURE", "new");

        assertThat(headers.entries()).containsExactly(Map.entry("WEBHOOK-SIGNATURE", "new"));
    }

    @Test
    void namesKeepTheirFirstSeenCasing() {
        assertThat(Headers.of("X-Slack-Signature", "a", "x-slack-signature", "b").names())
                .containsExactly("X-Slack-Signature");
    }

    @Test
    void headersFromAMapKeepEachValue() {
        assertThat(Headers.of(Map.of("X-Many", List.of("1", "2"))).all("x-many")).containsExactly("1", "2");
    }

    @Test
    void toStringShowsNamesButNoValues() {
        assertThat(Headers.of("X-Gitlab-Token", "glpat-very-secret").toString())
                .contains("X-Gitlab-Token")
                .doesNotContain("glpat-very-secret");
    }

    @Test
    void nameThatIsNotAnHttpTokenIsRefused() {
        assertThatThrownBy(() -> Headers.of("Bad Name", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bad Name");
    }

    @Test
    void equalityIgnoresNameCase() {
        assertThat(Headers.of("Content-Type", "a")).isEqualTo(Headers.of("content-type", "a"));
    }
}
