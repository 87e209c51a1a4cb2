package org.charterconsole.queue;

import java.util.List;
import java.util.Optional;

/**
 * One queue as it is now: callers in position order (head first) and its members' activity.
 *
 * @param estimatedWaitSeconds how long a caller joining now is expected to wait (at most
 *                             {@link WaitEstimator#MAX_SECONDS}), once the {@link WaitEstimator} has run
 */
public record LiveQueue(String name, String service, PriorityClass priorityClass, int answerWithinSeconds,
                        int answeredTargetPercent, List<WaitingCaller> waiting, AgentCounts agents,
                        Optional<Long> estimatedWaitSeconds) {

    public LiveQueue {
        waiting = List.copyOf(waiting);
    }

    public LiveQueue(String name, String service, PriorityClass priorityClass, int answerWithinSeconds,
                     int answeredTargetPercent, List<WaitingCaller> waiting, AgentCounts agents) {
        this(name, service, priorityClass, answerWithinSeconds, answeredTargetPercent, waiting, agents,
                Optional.empty());
    }

    LiveQueue withEstimates(List<WaitingCaller> estimatedCallers, Optional<Long> joiningNow) {
        return new LiveQueue(name, service, priorityClass, answerWithinSeconds, answeredTargetPercent,
                estimatedCallers, agents, joiningNow);
    }

    public record AgentCounts(int available, int busy, int paused) {
        public static final AgentCounts NONE = new AgentCounts(0, 0, 0);
    }
}
