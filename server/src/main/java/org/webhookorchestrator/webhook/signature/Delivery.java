package org.webhookorchestrator.webhook.signature;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One webhook HTTP request as sent or received: method, full URL (scheme, host, path and query, as the provider
 * addressed it), headers, the raw body bytes, and optionally the decoded form parameters (Twilio signs those rather
 * than the body).
 *
 * <p>Immutable; the body is copied in and out. {@link #toString()} shows the body's length only, and header names
 * only, since bodies and some header values (GitLab's token) are confidential.
 */
public final class Delivery {

    private final String method;
    private final String url;
    private final Headers headers;
    private final byte[] body;
    private final Map<String, List<String>> formParams;

    private Delivery(String method, String url, Headers headers, byte[] body, Map<String, List<String>> formParams) {
        this.method = method;
        this.url = url;
        this.headers = headers;
        this.body = body;
        this.formParams = formParams;
    }

    /** A builder for a request; method and URL are required up front. */
    public static Builder builder(String method, String url) {
        return new Builder(method, url);
    }

    /** A POST to {@code url} with {@code body} and no headers yet. */
    public static Delivery post(String url, byte[] body) {
        return builder("POST", url).body(body).build();
    }

    public String method() {
        return method;
    }

    public String url() {
        return url;
    }

    public Headers headers() {
        return headers;
    }

    /** A copy of the raw body. */
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8, for schemes whose inputs are text; the bytes stay authoritative. */
    public String bodyAsUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public int bodyLength() {
        return body.length;
    }

    /** Decoded form parameters, name to values in the order given; empty when the caller gave none. */
    public Map<String, List<String>> formParams() {
        return formParams;
    }

    public Delivery withHeaders(Headers newHeaders) {
        return new Delivery(method, url, Objects.requireNonNull(newHeaders, "headers"), body, formParams);
    }

    public Delivery withUrl(String newUrl) {
        return new Delivery(method, requireText(newUrl, "url"), headers, body, formParams);
    }

    public Delivery withBody(byte[] newBody) {
        return new Delivery(method, url, headers, Objects.requireNonNull(newBody, "body").clone(), formParams);
    }

    public Delivery withFormParams(Map<String, List<String>> newParams) {
        return new Delivery(method, url, headers, body, copyParams(newParams));
    }

    /** The raw body bytes, not copied: for schemes in this package that only read them. */
    byte[] bodyBytes() {
        return body;
    }

    private static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    private static Map<String, List<String>> copyParams(Map<String, List<String>> params) {
        Objects.requireNonNull(params, "formParams");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((name, values) -> copy.put(Objects.requireNonNull(name, "form parameter name"),
                List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Delivery that
                && method.equals(that.method)
                && url.equals(that.url)
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body)
                && formParams.equals(that.formParams);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, url, headers, Arrays.hashCode(body), formParams);
    }

    @Override
    public String toString() {
        return "Delivery[" + method + " " + url + ", " + headers + ", body " + body.length + " bytes"
                + (formParams.isEmpty() ? "" : ", form " + formParams.keySet()) + "]";
    }

    /** Builds a {@link Delivery}; the body defaults to empty. */
    public static final class Builder {

        private final String method;
        private final String url;
        private Headers headers = Headers.empty();
        private byte[] body = new byte[0];
        private final Map<String, List<String>> formParams = new LinkedHashMap<>();

        private Builder(String method, String url) {
            this.method = requireText(method, "method");
            this.url = requireText(url, "url");
        }

        public Builder header(String name, String value) {
            headers = headers.with(name, value);
            return this;
        }

        public Builder headers(Headers newHeaders) {
            headers = Objects.requireNonNull(newHeaders, "headers");
            return this;
        }

        public Builder body(byte[] newBody) {
            body = Objects.requireNonNull(newBody, "body").clone();
            return this;
        }

        public Builder body(String utf8Body) {
            body = Objects.requireNonNull(utf8Body, "body").getBytes(StandardCharsets.UTF_8);
            return this;
        }

        public Builder formParam(String name, String... values) {
            formParams.put(Objects.requireNonNull(name, "form parameter name"), List.of(values));
            return this;
        }

        public Builder formParams(Map<String, List<String>> params) {
            copyParams(params).forEach(formParams::put);
            return this;
        }

        public Delivery build() {
            return new Delivery(method, url, headers, body, copyParams(formParams));
        }
    }
}
