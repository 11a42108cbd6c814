package org.webhookorchestrator.webhook.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.webhookorchestrator.artifact.CanonicalJson;

/** The paths where two values differ, as JSON Pointer-like strings ({@code /providers/0/acknowledgement}). */
final class JsonDiff {

    private JsonDiff() {
    }

    static Set<String> paths(Object before, Object after) {
        Set<String> out = new TreeSet<>();
        diff("", CanonicalJson.mapper().valueToTree(before), CanonicalJson.mapper().valueToTree(after), out);
        return out;
    }

    private static void diff(String at, JsonNode a, JsonNode b, Set<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                JsonNode x = a.get(n);
                JsonNode y = b.get(n);
                if (x == null || y == null) {
                    out.add(at + "/" + n);
                } else {
                    diff(at + "/" + n, x, y, out);
                }
            }
            return;
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> i = a.elements();
            Iterator<JsonNode> j = b.elements();
            int k = 0;
            while (i.hasNext()) {
                diff(at + "/" + k++, i.next(), j.next(), out);
            }
            return;
        }
        out.add(at);
    }
}
