package org.webhookorchestrator.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.webhookorchestrator.app.Assembly;
import org.webhookorchestrator.app.DependencySettings;
import org.webhookorchestrator.app.SkillSet;
import org.webhookorchestrator.artifact.CanonicalJson;
import org.webhookorchestrator.cli.Version;
import org.webhookorchestrator.core.DependencyAnswer;
import org.webhookorchestrator.core.DependencyInfo;
import org.webhookorchestrator.core.Subjects;
import org.webhookorchestrator.core.contract.Phase;
import org.webhookorchestrator.core.contract.ProjectContext;
import org.webhookorchestrator.core.contract.QualityReport;
import org.webhookorchestrator.core.remote.RemotePolicy;
import org.webhookorchestrator.host.transport.HttpEndpoint;

/**
 * Two servers on loopback: A runs the core skills ({@code --skills core}), B hosts every skill with both dependencies
 * bound to A. Whatever B is asked of its dependencies goes to A over real Streamable HTTP.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CoreRemoteIT {

    static final RemotePolicy POLICY = new RemotePolicy(Duration.ofSeconds(1), Duration.ofSeconds(5), 2,
            Duration.ofMillis(50), 2.0, 0.5, 4, 4, 50f, Duration.ofSeconds(1), 1);
    static final String PROJECT = "billing-webhooks";

    @TempDir
    Path dirA;
    @TempDir
    Path dirB;

    Assembly a;
    HttpEndpoint endpointA;
    Assembly b;
    HttpEndpoint endpointB;
    McpSyncClient clientB;

    @BeforeEach
    void start() throws Exception {
        a = Assembly.open(dirA, Assembly.Options.defaults().withSkills(SkillSet.core));
        endpointA = HttpEndpoint.start(a.host(), HttpEndpoint.Options.loopback(0));
        b = Assembly.open(dirB, Assembly.Options.defaults().withSkills(SkillSet.all)
                .withDependencies(DependencySettings.remote(endpointA.uri(), POLICY)));
        endpointB = HttpEndpoint.start(b.host(), HttpEndpoint.Options.loopback(0));
        clientB = client(endpointB);
    }

    @AfterEach
    void stop() throws Exception {
        clientB.closeGracefully();
        endpointB.close();
        b.close();
        endpointA.close();
        a.close();
    }

    @Test
    void aCoreServerServesOnlyTheCoreTools() {
        try (McpSyncClient clientA = client(endpointA)) {
            assertThat(clientA.listTools().tools()).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder(
                    "orchestrator_context", "orchestrator_advance", "orchestrator_intake", "quality_evaluate");
        }
    }

    @Test
    void qualityThroughTheJavaApiIsAnsweredByTheRemote() {
        DependencyAnswer<QualityReport> answer = b.dependencies().quality().evaluate(Subjects.complete());

        assertThat(answer).isInstanceOf(DependencyAnswer.Answered.class);
        assertThat(answer.dependency()).isEqualTo(new DependencyInfo("core.quality", DependencyInfo.Binding.remote,
                Version.current(), endpointA.uri().toString()));
    }

    @Test
    void aRiskWithoutAnOwnerFailsItsGateThroughBsToolAndTheResultSaysTheRemoteAnswered() {
        var subject = Subjects.withRisks(Subjects.complete(), List.of(Subjects.riskWithOwner(null)));

        CallToolResult result = clientB.callTool(CallToolRequest.builder("quality_evaluate")
                .arguments(CanonicalJson.toMap(subject)).build());

        assertThat(result.isError()).isFalse();
        Map<String, Object> structured = structured(result);
        assertThat(map(structured.get("report"))).containsEntry("passed", false)
                .containsEntry("blockingFailures", List.of("risks-have-owners"));
        assertThat(map(structured.get("answeredBy"))).containsEntry("binding", "remote")
                .containsEntry("url", endpointA.uri().toString());
        assertThat(text(result)).contains("Answered by core.quality (remote " + endpointA.uri());
    }

    @Test
    void anOutOfOrderStepThroughBIsRefusedByTheRemoteNamingTheMissingStep() {
        call("orchestrator_advance", Map.of("project", PROJECT, "phase", "inventory",
                "artifactId", "inventory-00000000000000000000000000000001"));

        CallToolResult refused = call("orchestrator_advance", Map.of("project", PROJECT, "phase", "validate",
                "artifactId", "validation-00000000000000000000000000000002"));

        Map<String, Object> decision = map(structured(refused).get("decision"));
        assertThat(decision).containsEntry("accepted", false).containsEntry("missingPhase", "design");
        assertThat((String) decision.get("message")).isEqualTo("validate needs design first: call webhook_design "
                + "with inventory-00000000000000000000000000000001 before webhook_validate");
        ProjectContext atA = ((DependencyAnswer.Answered<ProjectContext>) a.dependencies().orchestrator()
                .context(PROJECT)).value();
        assertThat(atA.activePhase()).isEqualTo(Phase.design);
    }

    @Test
    void theWholeRouteThroughBEndsInAnIntakeReceiptFromTheRemote() {
        call("orchestrator_advance", Map.of("project", PROJECT, "phase", "inventory",
                "artifactId", "inventory-00000000000000000000000000000001"));
        call("orchestrator_advance", Map.of("project", PROJECT, "phase", "design",
                "artifactId", Subjects.DESIGN));
        call("orchestrator_advance", Map.of("project", PROJECT, "phase", "validate",
                "artifactId", Subjects.VALIDATION));

        CallToolResult intake = call("orchestrator_intake", Map.of("project", PROJECT,
                "packetId", "handoff-0123456789abcdef0123456789abcdef", "validationArtifactId", Subjects.VALIDATION,
                "nextActions", List.of(Map.of("action", "deploy to staging", "ownerRole", "platform-team"))));

        assertThat(map(structured(intake).get("receipt"))).containsEntry("accepted", true)
                .containsEntry("nextStepOwnerRole", "platform-team");
        assertThat(map(structured(intake).get("answeredBy"))).containsEntry("binding", "remote");
    }

    @Test
    void whenTheRemoteStopsQualityIsUnavailableWithinTheBoundAndTheToolRefuses() throws Exception {
        endpointA.close();

        long start = System.nanoTime();
        CallToolResult result = clientB.callTool(CallToolRequest.builder("quality_evaluate")
                .arguments(CanonicalJson.toMap(Subjects.complete())).build());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(POLICY.worstCase());
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("core.quality (remote " + endpointA.uri()).contains("is unavailable")
                .contains("a gate or a phase check is never skipped");
    }

    private CallToolResult call(String tool, Map<String, Object> arguments) {
        CallToolResult result = clientB.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
        assertThat(result.isError()).as(text(result)).isFalse();
        return result;
    }

    private static McpSyncClient client(HttpEndpoint endpoint) {
        var transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + endpoint.port())
                .endpoint(HttpEndpoint.PATH).connectTimeout(Duration.ofSeconds(5)).build();
        McpSyncClient client = McpClient.sync(transport)
                .clientInfo(McpSchema.Implementation.builder("core-remote-it", "1").build())
                .requestTimeout(Duration.ofSeconds(30)).build();
        client.initialize();
        return client;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static String text(CallToolResult result) {
        return result.content().stream().filter(c -> c instanceof McpSchema.TextContent)
                .map(c -> ((McpSchema.TextContent) c).text()).findFirst().orElse("");
    }
}
