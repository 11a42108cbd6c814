package org.webhookorchestrator.webhook.signature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Splits headers of the form {@code k=v<sep>k=v…} (Stripe with commas, Paddle with semicolons). */
final class SignatureHeaderFields {

    private SignatureHeaderFields() {
    }

    /** The (key, value) pairs in order; items without {@code =} are dropped, as the provider SDKs drop them. */
    static List<Map.Entry<String, String>> parse(String header, char separator) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (String item : header.split(Pattern.quote(String.valueOf(separator)), -1)) {
            int equals = item.indexOf('=');
            if (equals > 0) {
                fields.add(Map.entry(item.substring(0, equals).strip(), item.substring(equals + 1).strip()));
            }
        }
        return fields;
    }

    static List<String> valuesOf(List<Map.Entry<String, String>> fields, String key) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> field : fields) {
            if (field.getKey().equals(key)) {
                values.add(field.getValue());
            }
        }
        return values;
    }
}
