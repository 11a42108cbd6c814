package org.webhookorchestrator.audit;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.webhookorchestrator.artifact.CanonicalJson;

/** Names the record field a known secret was found in, so that the refusal says where to look. */
final class SecretLocator {

    private SecretLocator() {
    }

    static String field(AuditRecord r, String label, SecretScreen secrets) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("tool", r.tool());
        fields.put("project", r.project());
        fields.put("client", r.client());
        fields.put("session", r.session());
        fields.put("inputDigest", r.inputDigest());
        fields.put("artifactId", r.artifactId());
        fields.put("artifact", r.artifact());
        fields.put("decision", r.decision());
        fields.put("rationale", r.rationale());
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Object value = field.getValue();
            if (value == null) {
                continue;
            }
            byte[] bytes = CanonicalJson.bytes(value instanceof String s ? TextNode.valueOf(s) : value);
            if (secrets.secretIn(bytes).filter(label::equals).isPresent()) {
                return field.getKey();
            }
        }
        return "(several fields)";
    }
}
