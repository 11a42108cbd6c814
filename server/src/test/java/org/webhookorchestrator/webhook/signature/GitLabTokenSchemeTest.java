package org.webhookorchestrator.webhook.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GitLabTokenSchemeTest {

    private final GitLabTokenScheme scheme = new GitLabTokenScheme();

    private static Delivery withToken(String token) {
        return Delivery.builder("POST", "https://receiver.example/gitlab").body("{}")
                .header("X-Gitlab-Token", token).build();
    }

    @Test
    void signingSendsTheTokenItselfInPlaintext() {
        Delivery signed = scheme.sign(Delivery.post("https://receiver.example/gitlab", new byte[0]),
                SharedSecret.utf8("glpat-shared"), Instant.EPOCH).delivery();

        assertThat(signed.headers().first("X-Gitlab-Token")).contains("glpat-shared");
    }

    @Test
    void differentTokenFailsAsTokenMismatch() {
        assertThat(scheme.verify(withToken("glpat-other"), SharedSecret.utf8("glpat-shared")).failureReason())
                .contains(FailureReason.TOKEN_MISMATCH);
    }

    @Test
    void tokenThatIsAPrefixOfTheSecretFailsAsTokenMismatch() {
        assertThat(scheme.verify(withToken("glpat"), SharedSecret.utf8("glpat-shared")).failureReason())
                .contains(FailureReason.TOKEN_MISMATCH);
    }

    @Test
    void anyBodyVerifiesBecauseTheTokenSignsNothing() {
        Delivery tampered = withToken("glpat-shared").withBody("{\"forged\":true}".getBytes(StandardCharsets.UTF_8));

        assertThat(scheme.verify(tampered, SharedSecret.utf8("glpat-shared")).isOk()).isTrue();
    }
}
