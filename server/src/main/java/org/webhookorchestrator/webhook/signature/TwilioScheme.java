package org.webhookorchestrator.webhook.signature;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Twilio: {@code X-Twilio-Signature: <base64>}, HMAC-SHA1 keyed with the Auth Token's UTF-8 bytes over the full URL
 * the request was sent to (query included) followed, for form posts, by every POST parameter sorted by name as {@code
 * name + value} (several values of one name deduplicated and sorted).
 *
 * <p>For JSON and other non-form bodies Twilio puts {@code bodySHA256=<hex sha256(body)>} in the URL and signs the
 * URL with no parameters; the body hash is then checked on its own, so a changed body fails with {@link
 * FailureReason#BODY_HASH_MISMATCH} while a changed URL fails with {@link FailureReason#SIGNATURE_MISMATCH}. {@link
 * #sign} does the same and returns the adjusted URL in {@link SignedRequest#delivery()}.
 *
 * <p>Form parameters come from {@link Delivery#formParams()} when given, else from the body when its {@code
 * Content-Type} is {@code application/x-www-form-urlencoded}. As twilio-node does, the URL is also tried with the
 * scheme's default port added (when it has none) or removed (when it has the default one), since proxies differ on
 * which form they pass on. No timestamp is signed: Twilio offers no replay protection.
 */
public final class TwilioScheme implements SignatureScheme {

    public static final String ID = "twilio-hmac-sha1";
    public static final String SIGNATURE_HEADER = "X-Twilio-Signature";
    public static final String BODY_HASH_PARAM = "bodySHA256";
    private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

    @Override
    public String id() {
        return ID;
    }

    /** Timestamp ignored: Twilio signs none. */
    @Override
    public SignedRequest sign(Delivery delivery, SigningKey key, Instant timestamp) {
        Objects.requireNonNull(delivery, "delivery");
        SharedSecret secret = KeyOperations.requireSecret(ID, key);
        Optional<Map<String, List<String>>> params = formParams(delivery);
        if (params.isEmpty()) {
            throw new IllegalArgumentException("the form body is not valid application/x-www-form-urlencoded");
        }
        Delivery toSign = delivery;
        if (params.get().isEmpty() && delivery.bodyLength() > 0) {
            if (queryParam(delivery.url(), BODY_HASH_PARAM).isPresent()) {
                throw new IllegalArgumentException("the URL already carries " + BODY_HASH_PARAM
                        + "; sign the URL without it");
            }
            String hash = SignatureEncoding.HEX.encode(MacAlgorithm.sha256(delivery.bodyBytes()));
            String url = delivery.url();
            int fragment = url.indexOf('#');
            String base = fragment < 0 ? url : url.substring(0, fragment);
            String tail = fragment < 0 ? "" : url.substring(fragment);
            toSign = delivery.withUrl(base + (base.contains("?") ? "&" : "?") + BODY_HASH_PARAM + "=" + hash + tail);
        }
        String signature = SignatureEncoding.BASE64.encode(mac(secret, toSign.url(), params.get()));
        return SignedRequest.withHeaders(toSign, Headers.of(SIGNATURE_HEADER, signature));
    }

    @Override
    public Verification verify(Delivery received, VerificationKey key) {
        SharedSecret secret = KeyOperations.requireSecret(ID, key);
        Optional<String> header = received.headers().first(SIGNATURE_HEADER).filter(value -> !value.isBlank());
        if (header.isEmpty()) {
            return Verification.failed(FailureReason.MISSING_SIGNATURE, SIGNATURE_HEADER + " header is absent");
        }
        Optional<byte[]> signature = SignatureEncoding.BASE64.decode(header.get());
        if (signature.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_SIGNATURE, SIGNATURE_HEADER + " is not base64");
        }
        Optional<String> bodyHash = queryParam(received.url(), BODY_HASH_PARAM);
        Optional<Map<String, List<String>>> params = bodyHash.isPresent() ? Optional.of(Map.of())
                : formParams(received);
        if (params.isEmpty()) {
            return Verification.failed(FailureReason.MALFORMED_BODY,
                    "the form body is not valid application/x-www-form-urlencoded");
        }
        boolean matched = false;
        for (String url : urlVariants(received.url())) {
            matched |= MacAlgorithm.same(mac(secret, url, params.get()), signature.get());
        }
        if (!matched) {
            return Verification.failed(FailureReason.SIGNATURE_MISMATCH,
                    SIGNATURE_HEADER + " does not match this URL, these parameters and this token");
        }
        if (bodyHash.isPresent()) {
            Optional<byte[]> expected = SignatureEncoding.HEX.decode(bodyHash.get());
            if (expected.isEmpty() || !MacAlgorithm.same(expected.get(), MacAlgorithm.sha256(received.bodyBytes()))) {
                return Verification.failed(FailureReason.BODY_HASH_MISMATCH,
                        "the body's SHA-256 differs from the signed URL's " + BODY_HASH_PARAM);
            }
        }
        return Verification.ok();
    }

    private static byte[] mac(SharedSecret secret, String url, Map<String, List<String>> params) {
        StringBuilder data = new StringBuilder(url);
        for (String name : new TreeSet<>(params.keySet())) { // String order is UTF-16 code units, as JS sort()
            for (String value : new TreeSet<>(params.get(name))) {
                data.append(name).append(value);
            }
        }
        return MacAlgorithm.HMAC_SHA1.mac(secret, Bytes.utf8(data.toString()));
    }

    /** The parameters Twilio signs; empty map for non-form bodies, empty optional for an unparseable form body. */
    private static Optional<Map<String, List<String>>> formParams(Delivery delivery) {
        if (!delivery.formParams().isEmpty()) {
            return Optional.of(delivery.formParams());
        }
        boolean form = delivery.headers().first("Content-Type")
                .map(type -> type.strip().toLowerCase(Locale.ROOT).startsWith(FORM_CONTENT_TYPE))
                .orElse(false);
        if (!form || delivery.bodyLength() == 0) {
            return Optional.of(Map.of());
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        try {
            for (String pair : delivery.bodyAsUtf8().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(params);
    }

    private static Optional<String> queryParam(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        int fragment = url.indexOf('#', query);
        String text = fragment < 0 ? url.substring(query + 1) : url.substring(query + 1, fragment);
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return Optional.of(pair.substring(equals + 1));
            }
        }
        return Optional.empty();
    }

    /** The URL as given, plus the same URL with its scheme's default port added or removed. */
    static List<String> urlVariants(String url) {
        LinkedHashSet<String> variants = new LinkedHashSet<>();
        variants.add(url);
        int schemeEnd = url.indexOf("://");
        if (schemeEnd > 0) {
            String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            String defaultPort = scheme.equals("https") ? "443" : scheme.equals("http") ? "80" : null;
            int hostStart = schemeEnd + 3;
            int authorityEnd = url.length();
            for (char c : new char[] {'/', '?', '#'}) {
                int at = url.indexOf(c, hostStart);
                if (at >= 0 && at < authorityEnd) {
                    authorityEnd = at;
                }
            }
            String authority = url.substring(hostStart, authorityEnd);
            int portColon = authority.lastIndexOf(':');
            boolean hasPort = portColon > authority.lastIndexOf(']') && portColon > authority.lastIndexOf('@');
            if (defaultPort != null && !hasPort) {
                variants.add(url.substring(0, authorityEnd) + ":" + defaultPort + url.substring(authorityEnd));
            } else if (defaultPort != null && authority.substring(portColon + 1).equals(defaultPort)) {
                variants.add(url.substring(0, hostStart + portColon) + url.substring(authorityEnd));
            }
        }
        return List.copyOf(variants);
    }
}
