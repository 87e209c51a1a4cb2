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
    /** What stands for the digits taken out, whatever their number. */
    public static final String MIDDLE = String.valueOf(MASK).repeat(5);

    private CallerNumbers() {
    }

    /** Called for every caller a screen shows, so it works on the characters without a regular expression. */
    public static String mask(String number) {
        if (number == null) {
            return "withheld";
        }
        StringBuilder digits = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (digits.isEmpty()) {
            return "withheld";
        }
        String prefix = number.strip().startsWith("+") ? "+" : "";
        if (digits.length() <= KEPT_AT_START + KEPT_AT_END) {
            return prefix + MIDDLE;
        }
        return prefix + digits.substring(0, KEPT_AT_START) + MIDDLE + digits.substring(digits.length() - KEPT_AT_END);
    }
}
