package org.charterconsole.base.privacy;

/**
 * Masks caller numbers for screens and logs that do not need them in full: the first two
 * and last three digits stay (enough to tell two callers apart), the middle becomes five dots
 * whatever its length, so the mask does not give the number's length away either,
 * e.g. {@code 07700900123} → {@code 07•••••123}. A leading {@code +} is kept.
 */
public final class CallerNumbers {

    static final char MASK = '•';
    private static final int KEPT_AT_START = 2;
    private static final int KEPT_AT_END = 3;
    private static final String MIDDLE = String.valueOf(MASK).repeat(5);

    private CallerNumbers() {
    }

    public static String mask(String number) {
        if (number == null || number.isBlank()) {
            return "withheld";
        }
        String trimmed = number.strip();
        boolean international = trimmed.startsWith("+");
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return "withheld";
        }
        if (digits.length() <= KEPT_AT_START + KEPT_AT_END) {
            return (international ? "+" : "") + MIDDLE;
        }
        String masked = digits.substring(0, KEPT_AT_START)
                + MIDDLE
                + digits.substring(digits.length() - KEPT_AT_END);
        return (international ? "+" : "") + masked;
    }
}
