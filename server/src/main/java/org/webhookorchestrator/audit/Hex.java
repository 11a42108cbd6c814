package org.webhookorchestrator.audit;

import java.util.HexFormat;
import java.util.List;

/** Lower-case hex for the 32-byte hashes the log writes, with lenient-free parsing. */
final class Hex {

    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    static String of(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** The 32 bytes of a SHA-256 hex string, or null when it is not one. */
    static byte[] hash(String hex) {
        if (hex == null || hex.length() != 64) {
            return null;
        }
        for (int i = 0; i < 64; i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return null;
            }
        }
        return HEX.parseHex(hex);
    }

    static List<String> all(List<byte[]> hashes) {
        return hashes.stream().map(Hex::of).toList();
    }

    /** Null when any element is not a SHA-256 hex string. */
    static List<byte[]> hashes(List<String> hex) {
        List<byte[]> out = new java.util.ArrayList<>(hex.size());
        for (String h : hex) {
            byte[] b = hash(h);
            if (b == null) {
                return null;
            }
            out.add(b);
        }
        return out;
    }
}
