package org.charterconsole.wallboard;

/**
 * How a queue stands against its charter targets, as the wallboard colours it. The rule, in one place:
 * <ul>
 *   <li><b>red</b> when the longest wait has reached the queue's answer-within target, or today's
 *   service level is below the queue's target percentage;</li>
 *   <li><b>amber</b> when the longest wait has reached 75 % of that target, or today's service level is
 *   less than 5 points above its target percentage;</li>
 *   <li><b>green</b> otherwise.</li>
 * </ul>
 */
public enum TileStatus {
    GREEN, AMBER, RED;

    static final int AMBER_WAIT_PERCENT = 75;
    static final double AMBER_SERVICE_LEVEL_MARGIN = 5.0;

    public static TileStatus of(long longestWaitSeconds, int answerWithinSeconds, double serviceLevelPct,
                                int answeredTargetPercent) {
        if (longestWaitSeconds >= answerWithinSeconds || serviceLevelPct < answeredTargetPercent) {
            return RED;
        }
        if (longestWaitSeconds * 100 >= (long) answerWithinSeconds * AMBER_WAIT_PERCENT
                || serviceLevelPct < answeredTargetPercent + AMBER_SERVICE_LEVEL_MARGIN) {
            return AMBER;
        }
        return GREEN;
    }

    /** The CSS class and data attribute value: green, amber, red. */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
