package org.webhookorchestrator.host.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bearer tokens the operator hands out by hand, read from a file ({@code file:PATH}, one a line) or an environment
 * variable ({@code env:NAME}, separated by commas or spaces). Each entry is {@code name:token} or a bare token,
 * whose caller is then {@code token-N} (its position). Only SHA-256 digests are kept, and a presented token is
 * compared, by digest and in constant time, with every entry: how long the check takes says nothing of how much of
 * a token was right, nor which entry matched.
 */
public final class StaticBearerTokens implements AccessTokenVerifier {

    /** RFC 6750's token characters; a colon is not one of them, so {@code name:token} splits at the last colon. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]+=*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    /** Shorter tokens can be guessed; the operator is told at start rather than later. */
    static final int MIN_TOKEN_CHARS = 16;

    private final List<byte[]> digests;
    private final List<String> names;

    private StaticBearerTokens(List<byte[]> digests, List<String> names) {
        this.digests = digests;
        this.names = names;
    }

    /** Reads {@code file:PATH} or {@code env:NAME}; fails with a message that names the entry, never its token. */
    public static StaticBearerTokens load(String reference, Map<String, String> environment) {
        String text;
        String where;
        if (reference.startsWith("file:")) {
            Path path = Path.of(reference.substring("file:".length()));
            where = "token file " + path;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the " + where, e);
            }
        } else if (reference.startsWith("env:")) {
            String variable = reference.substring("env:".length());
            where = "environment variable " + variable;
            text = environment.get(variable);
            if (text == null) {
                throw new IllegalArgumentException("the " + where + " is not set");
            }
            text = text.replace(',', '\n').replace(' ', '\n');
        } else {
            throw new IllegalArgumentException("--auth-tokens takes file:PATH or env:NAME, not " + reference);
        }
        return parse(text, where);
    }

    static StaticBearerTokens parse(String text, String where) {
        List<byte[]> digests = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (String raw : text.split("\n")) {
            String entry = raw.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            position++;
            int colon = entry.lastIndexOf(':');
            String name = colon < 0 ? "token-" + position : entry.substring(0, colon);
            String token = entry.substring(colon + 1);
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("entry " + position + " of the " + where
                        + " has an invalid name (letters, digits, . _ @ -, at most 64)");
            }
            if (!TOKEN.matcher(token).matches() || token.length() < MIN_TOKEN_CHARS) {
                throw new IllegalArgumentException("the token of " + name + " in the " + where
                        + " must be at least " + MIN_TOKEN_CHARS + " characters of A-Z a-z 0-9 . _ ~ + / - =");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("the name " + name + " appears twice in the " + where);
            }
            digests.add(sha256(token));
            names.add(name);
        }
        if (digests.isEmpty()) {
            throw new IllegalArgumentException("the " + where + " holds no token");
        }
        return new StaticBearerTokens(List.copyOf(digests), List.copyOf(names));
    }

    public int size() {
        return digests.size();
    }

    @Override
    public Caller verify(String token) throws TokenRejectedException {
        byte[] presented = sha256(token);
        int match = -1;
        for (int i = 0; i < digests.size(); i++) {
            // No early exit: every entry is compared whatever the outcome.
            if (MessageDigest.isEqual(digests.get(i), presented)) {
                match = i;
            }
        }
        if (match < 0) {
            throw new TokenRejectedException(RejectionReason.UNKNOWN_TOKEN);
        }
        return new Caller(names.get(match), AuthenticatedBy.STATIC_TOKEN);
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
