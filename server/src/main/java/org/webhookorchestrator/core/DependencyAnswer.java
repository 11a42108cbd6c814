package org.webhookorchestrator.core;

import java.util.List;
import java.util.Objects;
import org.webhookorchestrator.skill.api.Escalation;

/**
 * What a dependency call ends in: the contracted answer together with who gave it, or the statement that no usable
 * answer came, with why. A caller must decide what an unavailable dependency means for it; the type makes the
 * decision impossible to forget.
 */
public sealed interface DependencyAnswer<T> {

    DependencyInfo dependency();

    record Answered<T>(T value, DependencyInfo dependency) implements DependencyAnswer<T> {
        public Answered {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(dependency, "dependency");
        }
    }

    /**
     * @param failure the kind of failure
     * @param reason what happened, specific enough for an operator ("no answer within 500 ms")
     * @param dependency the dependency that was asked (its version as last known)
     */
    record Unavailable<T>(DependencyFailure failure, String reason, DependencyInfo dependency)
            implements DependencyAnswer<T> {

        public Unavailable {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(dependency, "dependency");
        }

        /** The sentence to list among a result's assumptions when work went on without the dependency. */
        public String assumption() {
            return dependency.describe() + " was unavailable (" + failure + ": " + reason
                    + "); the work went on from the given inputs alone, without its project context or phase check";
        }

        /** The skill card's escalation for a call that cannot go on without the dependency. */
        public Escalation escalation(String impact) {
            return new Escalation(
                    dependency.describe() + " is unavailable (" + failure + "): " + reason,
                    impact,
                    List.of("retry once the dependency is reachable again",
                            "point the server at a healthy instance (serve --" + flag() + "-url URL) or at the "
                                    + "embedded implementation (leave --" + flag() + "-url out)"),
                    "retry later; a gate or a phase check is never skipped because its dependency is down",
                    List.of(new Escalation.Detail(dependency.name(), failure + ": " + reason)));
        }

        private String flag() {
            return dependency.name().substring(dependency.name().indexOf('.') + 1);
        }
    }

    static <T> DependencyAnswer<T> answered(T value, DependencyInfo dependency) {
        return new Answered<>(value, dependency);
    }

    static <T> DependencyAnswer<T> unavailable(DependencyFailure failure, String reason, DependencyInfo dependency) {
        return new Unavailable<>(failure, reason, dependency);
    }
}
