package org.charterconsole.queue;

/**
 * A queue's charter figures for a period, as DESIGN.md defines them. Percentages have one decimal;
 * with nothing offered yet both are 100 (no caller has been failed).
 */
public record QueueFigures(String queue, long offered, long answered, long abandoned, long callbacks,
                           long answeredWithinTarget, double answerRatePct, double serviceLevelPct,
                           double averageTalkSeconds) {
}
