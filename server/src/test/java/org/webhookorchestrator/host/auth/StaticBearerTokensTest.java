package org.webhookorchestrator.host.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticBearerTokensTest {

    @Test
    void aNamedTokenIsTheCallerOfThatName() throws Exception {
        StaticBearerTokens tokens = StaticBearerTokens.parse("# robots\nci:abcdefghijklmnop1234\nops:zyxwvutsrqponm9876\n", "t");

        assertThat(tokens.verify("zyxwvutsrqponm9876")).isEqualTo(new Caller("ops", AuthenticatedBy.STATIC_TOKEN));
    }

    @Test
    void aBareTokenIsNamedByItsPosition() throws Exception {
        StaticBearerTokens tokens = StaticBearerTokens.parse("abcdefghijklmnop1234\nqrstuvwxyzabcdef5678", "t");

        assertThat(tokens.verify("qrstuvwxyzabcdef5678").id()).isEqualTo("token-2");
    }

    @Test
    void anUnknownTokenIsRefused() {
        StaticBearerTokens tokens = StaticBearerTokens.parse("ci:abcdefghijklmnop1234", "t");

        assertThatThrownBy(() -> tokens.verify("abcdefghijklmnop1235"))
                .isInstanceOfSatisfying(TokenRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.UNKNOWN_TOKEN));
    }

    @Test
    void aShortTokenIsRefusedAtLoadWithoutShowingIt() {
        assertThatThrownBy(() -> StaticBearerTokens.parse("ci:short", "token file x"))
                .hasMessageContaining("ci").hasMessageContaining("at least 16").hasMessageNotContaining("short");
    }

    @Test
    void tokensComeFromAnEnvironmentVariableSeparatedByCommas() throws Exception {
        StaticBearerTokens tokens = StaticBearerTokens.load("env:TOKENS",
                Map.of("TOKENS", "a:abcdefghijklmnop1234,b:qrstuvwxyzabcdef5678"));

        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.verify("abcdefghijklmnop1234").id()).isEqualTo("a");
    }

    @Test
    void aMissingEnvironmentVariableIsNamed() {
        assertThatThrownBy(() -> StaticBearerTokens.load("env:NOPE", Map.of()))
                .hasMessageContaining("NOPE is not set");
    }
}
