package org.webhookorchestrator.webhook.grader;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Grade reports as JUnit XML, the format CI systems display: a {@code testsuite} per provider, a {@code testcase} per
 * case, a {@code failure} with the evidence for a failed case, and {@code skipped} (with the reason) for a case that
 * is not observable or not applicable.
 */
public final class JunitReport {

    private JunitReport() {
    }

    public static String render(List<GradeReport> reports) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "webhook receiver grade");
            xml.writeAttribute("tests", String.valueOf(reports.stream().mapToInt(r -> r.results().size()).sum()));
            xml.writeAttribute("failures", String.valueOf(reports.stream().mapToLong(r -> r.count(Outcome.FAIL)).sum()));
            xml.writeCharacters("\n");
            for (GradeReport report : reports) {
                suite(xml, report);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void suite(XMLStreamWriter xml, GradeReport report) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", report.providerId());
        xml.writeAttribute("tests", String.valueOf(report.results().size()));
        xml.writeAttribute("failures", String.valueOf(report.count(Outcome.FAIL)));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped",
                String.valueOf(report.count(Outcome.NOT_OBSERVABLE) + report.count(Outcome.NOT_APPLICABLE)));
        xml.writeAttribute("time", seconds(report.wallTime().toMillis()));
        xml.writeCharacters("\n");
        for (CaseResult result : report.results()) {
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "grade." + report.providerId());
            xml.writeAttribute("name", result.id());
            xml.writeAttribute("time", seconds(result.duration().toMillis()));
            switch (result.outcome()) {
                case FAIL -> {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", result.observed());
                    xml.writeAttribute("type", "fail");
                    xml.writeCharacters("criterion: " + result.spec().criterion() + "\nthreshold: "
                            + result.spec().threshold() + "\n" + String.join("\n", result.evidence()));
                    xml.writeEndElement();
                }
                case NOT_OBSERVABLE, NOT_APPLICABLE -> {
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", ReportText.label(result.outcome()).toLowerCase(Locale.ROOT)
                            + ": " + result.observed());
                }
                case PASS -> {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(result.observed());
                    xml.writeEndElement();
                }
                default -> throw new IllegalStateException("unknown outcome " + result.outcome());
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
