package org.webhookorchestrator.webhook.signature;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** How a scheme writes signature bytes as text. */
enum SignatureEncoding {
    /** Lower-case hex on sign; either case accepted on verify. */
    HEX {
        @Override
        String encode(byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }

        @Override
        Optional<byte[]> decode(String text) {
            try {
                return Optional.of(HexFormat.of().parseHex(text.strip()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    },
    /** Standard base64 with padding (RFC 4648 §4). */
    BASE64 {
        @Override
        String encode(byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }

        @Override
        Optional<byte[]> decode(String text) {
            try {
                return Optional.of(Base64.getDecoder().decode(text.strip()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    };

    abstract String encode(byte[] bytes);

    /** The decoded bytes, or empty when {@code text} is not in this encoding. */
    abstract Optional<byte[]> decode(String text);
}
