package org.webhookorchestrator.webhook.design;

/** Writes quantities for people: exact value first, a rounded reading after it when that helps. */
public final class Durations {

    private Durations() {
    }

    public static String display(long value, Unit unit) {
        return switch (unit) {
            case s -> value + " s" + (value >= 120 ? " (" + human(value) + ")" : "");
            case ms -> value + " ms";
            case bytes -> value + " bytes" + (value >= 1024 ? " (" + bytes(value) + ")" : "");
            case count -> Long.toString(value);
            case perSecond -> value + "/s";
            case httpStatus -> Long.toString(value);
        };
    }

    /** Whole days, hours, minutes and seconds, leaving out zero parts: {@code 3 d 7 h 12 min}. */
    public static String human(long seconds) {
        long d = seconds / 86400;
        long h = seconds % 86400 / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        StringBuilder out = new StringBuilder();
        append(out, d, "d");
        append(out, h, "h");
        append(out, m, "min");
        append(out, s, "s");
        return out.isEmpty() ? "0 s" : out.toString();
    }

    private static void append(StringBuilder out, long amount, String unit) {
        if (amount > 0) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(amount).append(' ').append(unit);
        }
    }

    private static String bytes(long value) {
        if (value % (1024L * 1024) == 0) {
            return value / (1024L * 1024) + " MiB";
        }
        if (value % 1024 == 0) {
            return value / 1024 + " KiB";
        }
        return value / 1024 + " KiB and " + value % 1024 + " bytes";
    }
}
