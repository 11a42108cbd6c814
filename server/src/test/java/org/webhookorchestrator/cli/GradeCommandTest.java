package org.webhookorchestrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.webhookorchestrator.webhook.catalog.ProviderCatalog;
import org.webhookorchestrator.webhook.receiver.ReceiverSettings;
import org.webhookorchestrator.webhook.receiver.ReferenceReceiver;
import org.webhookorchestrator.webhook.signature.ProviderKeys;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GradeCommandTest {

    @TempDir
    Path dir;

    private ProviderKeys.KeyText key;
    private ReferenceReceiver receiver;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        key = ProviderKeys.generate("stripe", new SecureRandom());
        receiver = ReferenceReceiver.start(ReceiverSettings.defaults(
                ProviderCatalog.loadBuiltIn().find("stripe").orElseThrow(), List.of(key.verification())), 0);
    }

    @AfterEach
    void stop() throws Exception {
        receiver.close();
    }

    @Test
    void a_receiver_that_passes_exits_0_with_a_junit_suite_of_every_case_and_no_secret_in_output() throws Exception {
        Path junit = dir.resolve("reports/grade.xml");

        int code = grade(secretFile(key.signing()), "--probe", receiver.probeUri().toString(),
                "--junit", junit.toString(), "--require-all");

        assertThat(code).isEqualTo(0);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("stripe");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(16);
        assertThat(out.toString()).contains("valid-delivery").doesNotContain(key.signing());
        assertThat(Files.readString(junit)).doesNotContain(key.signing());
    }

    @Test
    void a_receiver_that_fails_a_case_exits_1_with_failure_elements_carrying_evidence() throws Exception {
        Path junit = dir.resolve("grade.xml");
        String otherSecret = ProviderKeys.generate("stripe", new SecureRandom()).signing();

        int code = grade(secretFile(otherSecret), "--junit", junit.toString());

        assertThat(code).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(xml.getElementsByTagName("failure").getLength()).isGreaterThan(0);
        assertThat(xml.getElementsByTagName("failure").item(0).getTextContent()).contains("POST /webhooks/stripe");
    }

    @Test
    void without_a_probe_unobservable_cases_fail_the_exit_code_only_with_require_all() throws Exception {
        String secret = secretFile(key.signing());
        assertThat(grade(secret)).isEqualTo(0);
        assertThat(grade(secret, "--require-all")).isEqualTo(1);
    }

    @Test
    void a_target_off_loopback_is_refused_before_any_traffic() throws Exception {
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute("grade",
                "--provider", "stripe", "--url", "http://203.0.113.7/webhooks/stripe", "--secret",
                secretFile(key.signing()));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("only loopback is allowed").contains("--allow-target 203.0.113.7");
    }

    @Test
    void a_secret_given_by_value_is_refused_without_being_echoed() throws Exception {
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute("grade",
                "--provider", "stripe", "--url", receiver.webhookUri().toString(), "--secret", key.signing());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("env:NAME or file:PATH").doesNotContain(key.signing());
    }

    private int grade(String secretReference, String... extra) {
        List<String> args = new ArrayList<>(List.of("grade", "--provider", "stripe", "--url",
                receiver.webhookUri().toString(), "--secret", secretReference, "--burst", "10"));
        args.addAll(List.of(extra));
        return Main.commandLine().setOut(new PrintWriter(out)).execute(args.toArray(String[]::new));
    }

    private String secretFile(String secret) throws Exception {
        Path file = Files.createTempFile(dir, "secret", ".txt");
        Files.writeString(file, secret + "\n");
        return "file:" + file;
    }
}
