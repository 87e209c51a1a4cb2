package org.charterconsole.queue;

import java.util.List;

/**
 * One queue as it is now: callers in position order (head first) and its members' activity.
 */
public record LiveQueue(String name, String service, PriorityClass priorityClass, int answerWithinSeconds,
                        int answeredTargetPercent, List<WaitingCaller> waiting, AgentCounts agents) {

    public LiveQueue {
        waiting = List.copyOf(waiting);
    }

    public record AgentCounts(int available, int busy, int paused) {
        public static final AgentCounts NONE = new AgentCounts(0, 0, 0);
    }
}
