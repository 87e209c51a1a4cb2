package org.charterconsole.routing;

import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.WaitingCaller;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When a waiting caller is escalated: its wait has reached {@code threshold} of its queue's
 * answer-within target, it is not at the head (the head is offered the next free agent anyway),
 * and it has not been escalated before. It goes one step above its own priority (at least the
 * dialplan's), so app_queue
 * places it behind every caller of that priority or more and ahead of those still at its old
 * priority; callers the dialplan put higher stay ahead.
 */
public final class EscalationRule {

    private final double threshold;
    private final DialplanPriorities dialplan;

    public EscalationRule(double threshold, DialplanPriorities dialplan) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The escalation threshold must be more than 0 and at most 1: " + threshold);
        }
        this.threshold = threshold;
        this.dialplan = dialplan;
    }

    /** One step above the caller's priority, counted from at least what the dialplan gave it. */
    public static int raisedPriority(WaitingCaller caller, DialplanPriorities dialplan) {
        return Math.max(caller.priority(), dialplan.of(caller.queue())) + 1;
    }

    public double threshold() {
        return threshold;
    }

    /** Key of a caller in one queue, as {@code alreadyEscalated} holds them. */
    public static String key(WaitingCaller caller) {
        return caller.queue() + "/" + caller.uniqueId();
    }

    public List<Escalation> due(LiveSnapshot snapshot, Instant now, Set<String> alreadyEscalated) {
        List<Escalation> due = new ArrayList<>();
        for (LiveQueue queue : snapshot.queues()) {
            long thresholdMillis = (long) Math.ceil(queue.answerWithinSeconds() * 1000.0 * threshold);
            List<WaitingCaller> waiting = queue.waiting();
            for (int index = 1; index < waiting.size(); index++) {
                WaitingCaller caller = waiting.get(index);
                long waitedMillis = Duration.between(caller.joinedAt(), now).toMillis();
                if (waitedMillis >= thresholdMillis && !alreadyEscalated.contains(key(caller))) {
                    due.add(new Escalation(caller, raisedPriority(caller, dialplan), waitedMillis / 1000,
                            queue.answerWithinSeconds()));
                }
            }
        }
        return due;
    }
}
