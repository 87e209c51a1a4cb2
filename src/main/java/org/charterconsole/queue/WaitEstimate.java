package org.charterconsole.queue;

/**
 * Estimated wait for a caller joining a queue now. Deliberately simple and explainable:
 * the callers ahead who cannot be taken by an agent free now, each needing one average handle
 * time, shared by the staffed (available or busy, not paused) agents:
 * {@code max(0, waiting + 1 - available) × averageHandle / staffed}, bounded to an hour.
 * The average handle time is today's mean talk time of answered calls in that queue once there are
 * enough of them, else a default. With nobody staffed the bound is returned: the wait is open-ended.
 */
public final class WaitEstimate {

    public static final long MAX_SECONDS = 3600;
    static final double DEFAULT_HANDLE_SECONDS = 240;
    static final long ANSWERED_BEFORE_TRUSTING_TODAY = 5;

    private WaitEstimate() {
    }

    public static long estimatedWaitSeconds(LiveQueue queue, QueueFigures today) {
        double handle = today.answered() >= ANSWERED_BEFORE_TRUSTING_TODAY && today.averageTalkSeconds() > 0
                ? today.averageTalkSeconds() : DEFAULT_HANDLE_SECONDS;
        return estimatedWaitSeconds(queue.waiting().size(), queue.agents(), handle);
    }

    public static long estimatedWaitSeconds(int waiting, LiveQueue.AgentCounts agents, double handleSeconds) {
        long ahead = Math.max(0, waiting + 1L - agents.available());
        if (ahead == 0) {
            return 0;
        }
        int staffed = agents.available() + agents.busy();
        if (staffed == 0) {
            return MAX_SECONDS;
        }
        return Math.min(MAX_SECONDS, Math.round(ahead * handleSeconds / staffed));
    }
}
