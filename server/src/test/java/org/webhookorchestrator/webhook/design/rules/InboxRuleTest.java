package org.webhookorchestrator.webhook.design.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.webhookorchestrator.webhook.design.Findings;
import org.webhookorchestrator.webhook.design.Infrastructure;

class InboxRuleTest {

    static Stream<Arguments> infrastructure() {
        return Stream.of(
                Arguments.of(List.of("postgresql"), Infrastructure.POSTGRESQL, Infrastructure.POSTGRESQL, true, false),
                Arguments.of(List.of("kafka", "postgresql"), Infrastructure.POSTGRESQL, Infrastructure.POSTGRESQL,
                        true, false),
                Arguments.of(List.of("kafka", "redis"), Infrastructure.KAFKA, Infrastructure.REDIS, false, false),
                Arguments.of(List.of("kafka"), Infrastructure.KAFKA, Infrastructure.POSTGRESQL, false, true),
                Arguments.of(List.of("sqs", "redis"), Infrastructure.SQS, Infrastructure.REDIS, false, false),
                Arguments.of(List.of("redis"), Infrastructure.REDIS, Infrastructure.REDIS, false, true),
                Arguments.of(List.of(), Infrastructure.POSTGRESQL, Infrastructure.POSTGRESQL, true, true));
    }

    @ParameterizedTest(name = "{0} -> inbox {1}, dedupe {2}")
    @MethodSource("infrastructure")
    void theStoreIsChosenFromWhatIsAvailable(List<String> available, Infrastructure inbox, Infrastructure dedupe,
                                             boolean atomic, boolean assumed) {
        Findings f = new Findings();
        StoreChoice choice = InboxRule.choose(available, f);

        assertThat(choice.inbox()).isEqualTo(inbox);
        assertThat(choice.dedupe()).isEqualTo(dedupe);
        assertThat(choice.atomic()).isEqualTo(atomic);
        assertThat(choice.basis().equals("available")).isNotEqualTo(assumed);
        assertThat(f.assumptions().isEmpty()).isNotEqualTo(assumed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("infrastructure")
    void theChoiceIsRecordedAsATradeOffWithItsAlternatives(List<String> available, Infrastructure inbox,
                                                           Infrastructure dedupe, boolean atomic, boolean assumed) {
        Findings f = new Findings();
        InboxRule.choose(available, f);

        assertThat(f.tradeOffs()).singleElement().satisfies(t -> assertThat(t.alternatives()).isNotEmpty());
    }
}
