package org.webhookorchestrator.core.contract;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What {@code core.quality} evaluates (contract {@code quality-subject.v1}): an artifact described in the terms of the
 * Definition of Done, independent of any one skill's records. Fields a gate judges (owners, mitigations, sources) may
 * be missing here on purpose: finding them missing is the gate's answer, not an invalid request.
 */
@JsonClassDescription("A subject for the Definition of Done, contract quality-subject.v1.")
public record QualitySubject(
        @JsonPropertyDescription("Id of what is evaluated, e.g. the handoff packet's content address.")
        @NotBlank @Size(max = 200) String subjectId,
        @JsonPropertyDescription("What kind of artifact it is, e.g. handoff-packet.")
        @NotBlank @Size(max = 100) String kind,
        @JsonPropertyDescription("How the output is made reproducible.") @Valid Determinism deterministic,
        @Size(max = 200) List<@NotNull @Valid Tradeoff> tradeoffs,
        @Size(max = 500) List<@NotNull @Valid ValidationItem> validationItems,
        @Size(max = 500) List<@NotNull @Valid Risk> risks,
        @Size(max = 500) List<@NotNull @Valid Threat> threats,
        @Size(max = 1000) List<@NotNull @Valid Fact> facts,
        @Size(max = 200) List<@NotNull @Valid DependencyOwner> dependencies,
        @Size(max = 200) List<@NotNull @Valid NextAction> nextActions) {

    public QualitySubject {
        tradeoffs = copy(tradeoffs);
        validationItems = copy(validationItems);
        risks = copy(risks);
        threats = copy(threats);
        facts = copy(facts);
        dependencies = copy(dependencies);
        nextActions = copy(nextActions);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The artifacts the subject consists of and whether replaying them gave the same bytes. */
    public record Determinism(
            @JsonPropertyDescription("Content addresses of the artifacts.")
            @Size(max = 100) List<@NotBlank @Size(max = 128) String> artifactIds,
            @JsonPropertyDescription("Whether a replay of the same inputs gave the same bytes; absent if not tried.")
            Boolean sameBytesOnReplay) {

        public Determinism {
            artifactIds = artifactIds == null ? List.of() : List.copyOf(artifactIds);
        }
    }

    /** A choice made, what else was possible, and why this one. */
    public record Tradeoff(
            @Size(max = 1000) String decision,
            @Size(max = 20) List<@NotNull @Size(max = 1000) String> alternatives,
            @Size(max = 2000) String justification) {

        public Tradeoff {
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        }
    }

    /** The result of one validation item; every constant is named so that the schema shows the wire names. */
    public enum ItemStatus {
        @JsonProperty("pass") pass, @JsonProperty("fail") fail, @JsonProperty("not-observable") not_observable
    }

    /** One item of the validation checklist. */
    public record ValidationItem(
            @NotBlank @Size(max = 100) String id,
            @Size(max = 1000) String criterion,
            @Size(max = 200) String metric,
            @Size(max = 200) String threshold,
            @Size(max = 1000) String method,
            @Size(max = 1000) String observed,
            ItemStatus status) {
    }

    /** A risk of the register. */
    public record Risk(
            @NotBlank @Size(max = 100) String id,
            @Size(max = 1000) String description,
            @Size(max = 2000) String mitigation,
            @Size(max = 1000) String escalationTrigger,
            @Size(max = 200) String ownerRole) {
    }

    /** A threat or abuse case and the criterion that shows it is handled. */
    public record Threat(
            @NotBlank @Size(max = 100) String id,
            @Size(max = 1000) String scenario,
            @Size(max = 1000) String acceptanceCriterion) {
    }

    /** How far a stated fact can be trusted. */
    public enum FactStatus { verified, secondary, unverified }

    /** A fact the subject states, and where it comes from. */
    public record Fact(
            @Size(max = 2000) String statement,
            FactStatus status,
            @Size(max = 20) List<@NotNull @Size(max = 1000) String> sources) {

        public Fact {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /** Something the work depends on and the role that owns it. */
    public record DependencyOwner(
            @Size(max = 200) String name,
            @Size(max = 200) String ownerRole) {
    }
}
