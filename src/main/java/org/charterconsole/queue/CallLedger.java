package org.charterconsole.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The calls the live state is following, and the outcome rules: answered when an agent
 * connects, abandoned when the caller hangs up while queued, call-back when a caller who asked
 * for one leaves. Every change is queued as a {@link CallRecord} for the record sinks.
 */
final class CallLedger {

    /** Calls that ended this long ago are forgotten (an answered call waits this long for its talk time). */
    private static final Duration FORGET_AFTER = Duration.ofHours(6);

    private static final class Call {
        final String uniqueId;
        final String queue;
        final ServiceTarget target;
        final Instant joinedAt;
        String callerNumber;
        Instant leftAt;
        CallOutcome outcome = CallOutcome.WAITING;
        long waitSeconds;
        long talkSeconds;
        String agentInterface;
        boolean callbackRequested;
        /** Stepped out for the wait message at least once: app_queue's hold times then count from the last entry only. */
        boolean reentered;
        Long estimatedWaitSeconds;

        Call(String uniqueId, String queue, ServiceTarget target, Instant joinedAt, String callerNumber) {
            this.uniqueId = uniqueId;
            this.queue = queue;
            this.target = target;
            this.joinedAt = joinedAt;
            this.callerNumber = callerNumber == null ? "" : callerNumber;
        }
    }

    private final ServiceTargets targets;
    private final Map<CallRecord.Key, Call> calls = new HashMap<>();
    private final List<CallRecord> changes = new ArrayList<>();

    CallLedger(ServiceTargets targets) {
        this.targets = targets;
    }

    /** False if this call already ended: a replayed join must not put it back in the queue. */
    boolean joined(String queue, String uniqueId, String callerNumber, Instant joinedAt) {
        Call call = calls.get(new CallRecord.Key(uniqueId, queue));
        if (call != null && call.outcome == CallOutcome.WAITING && call.leftAt != null && !call.callbackRequested) {
            // Left through the call-back key but gave no number to call back: the dialplan queues them again.
            call.leftAt = null;
            call.reentered = true;
            changed(call);
            return true;
        }
        if (call != null) {
            return !call.outcome.isFinal() && call.leftAt == null;
        }
        call = new Call(uniqueId, queue, targets.forQueue(queue), joinedAt, callerNumber);
        calls.put(new CallRecord.Key(uniqueId, queue), call);
        changed(call);
        return true;
    }

    void left(String queue, String uniqueId, Instant at) {
        Call call = call(queue, uniqueId, at);
        if (call.leftAt == null) {
            call.leftAt = at;
            call.waitSeconds = secondsBetween(call.joinedAt, at);
        }
        if (call.callbackRequested) {
            settle(call, CallOutcome.CALLBACK);
        }
        changed(call);
    }

    /** The caller stepped out of the queue to hear the wait message; same call, same join. Returns when they joined. */
    Instant steppedOut(String queue, String uniqueId, Instant joinedIfUnknown) {
        Call call = call(queue, uniqueId, joinedIfUnknown);
        call.reentered = true;
        return call.joinedAt;
    }

    /** When a call still open joined its queue. */
    Optional<Instant> openSince(String queue, String uniqueId) {
        Call call = calls.get(new CallRecord.Key(uniqueId, queue));
        return call == null || call.outcome.isFinal() || call.leftAt != null ? Optional.empty() : Optional.of(call.joinedAt);
    }

    /** When a call that has stepped out for the wait message joined its queue the first time. */
    Optional<Instant> firstJoinIfReentered(String queue, String uniqueId) {
        Call call = calls.get(new CallRecord.Key(uniqueId, queue));
        return call != null && call.reentered ? Optional.of(call.joinedAt) : Optional.empty();
    }

    void abandoned(String queue, String uniqueId, long holdSeconds, Instant at) {
        Call call = call(queue, uniqueId, at.minusSeconds(holdSeconds));
        call.leftAt = call.leftAt == null ? at : call.leftAt;
        call.waitSeconds = waited(call, holdSeconds, at);
        settle(call, call.callbackRequested ? CallOutcome.CALLBACK : CallOutcome.ABANDONED);
        changed(call);
    }

    void agentCalled(String queue, String uniqueId, String agentInterface, Instant at) {
        Call call = call(queue, uniqueId, at);
        if (!call.outcome.isFinal()) {
            call.agentInterface = agentInterface;
        }
    }

    void connected(String queue, String uniqueId, String agentInterface, long holdSeconds, Instant at) {
        Call call = call(queue, uniqueId, at.minusSeconds(holdSeconds));
        call.leftAt = call.leftAt == null ? at : call.leftAt;
        call.waitSeconds = waited(call, holdSeconds, at);
        call.agentInterface = agentInterface;
        settle(call, CallOutcome.ANSWERED);
        changed(call);
    }

    void completed(String queue, String uniqueId, String agentInterface, long holdSeconds, long talkSeconds,
                   Instant at) {
        Call call = call(queue, uniqueId, at.minusSeconds(holdSeconds + talkSeconds));
        call.agentInterface = agentInterface;
        call.waitSeconds = waited(call, holdSeconds, at.minusSeconds(talkSeconds));
        call.talkSeconds = talkSeconds;
        call.leftAt = call.leftAt == null ? at.minusSeconds(talkSeconds) : call.leftAt;
        settle(call, CallOutcome.ANSWERED);
        changed(call);
    }

    /** The first estimate stands: it is what the caller was told on joining. */
    void estimateGiven(String queue, String uniqueId, long seconds) {
        Call call = calls.get(new CallRecord.Key(uniqueId, queue));
        if (call != null && call.estimatedWaitSeconds == null && call.outcome == CallOutcome.WAITING) {
            call.estimatedWaitSeconds = seconds;
            changed(call);
        }
    }

    void callbackRequested(String queue, String uniqueId, String callerNumber, Instant at) {
        boolean seen = calls.containsKey(new CallRecord.Key(uniqueId, queue));
        Call call = call(queue, uniqueId, at);
        if (!seen) {
            // The dialplan asks only after the caller is out of Queue(); one never seen there was turned
            // away (JOINEMPTY: "no advisers, press 1 for a call-back") and is not waiting.
            call.leftAt = at;
        }
        call.callbackRequested = true;
        if (call.callerNumber.isEmpty() && callerNumber != null) {
            call.callerNumber = callerNumber;
        }
        if (call.leftAt != null && call.outcome != CallOutcome.ANSWERED) {
            settle(call, CallOutcome.CALLBACK);
            changed(call);
        }
    }

    /** After a QueueStatus: calls still open but no longer waiting anywhere have left unseen. */
    void reconcile(Set<CallRecord.Key> waitingNow, Instant at) {
        for (Call call : calls.values()) {
            if (!call.outcome.isFinal() && !waitingNow.contains(new CallRecord.Key(call.uniqueId, call.queue))) {
                if (call.leftAt == null) {
                    call.leftAt = at;
                    call.waitSeconds = secondsBetween(call.joinedAt, at);
                }
                settle(call, call.callbackRequested ? CallOutcome.CALLBACK : CallOutcome.UNKNOWN);
                changed(call);
            }
        }
        calls.values().removeIf(c -> c.leftAt != null && c.leftAt.plus(FORGET_AFTER).isBefore(at));
    }

    List<CallRecord> drainChanges() {
        List<CallRecord> drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    int openCalls() {
        return calls.size();
    }

    private Call call(String queue, String uniqueId, Instant joinedIfUnknown) {
        return calls.computeIfAbsent(new CallRecord.Key(uniqueId, queue),
                k -> new Call(uniqueId, queue, targets.forQueue(queue), joinedIfUnknown, ""));
    }

    private static void settle(Call call, CallOutcome outcome) {
        if (outcome.outranks(call.outcome)) {
            call.outcome = outcome;
        }
    }

    private void changed(Call call) {
        boolean withinTarget = call.outcome == CallOutcome.ANSWERED && call.target.withinTarget(call.waitSeconds);
        changes.add(new CallRecord(call.uniqueId, call.queue, call.callerNumber, call.target.service(),
                call.target.priorityClass(), call.joinedAt, Optional.ofNullable(call.leftAt), call.outcome,
                call.waitSeconds, call.talkSeconds, Optional.ofNullable(call.agentInterface), withinTarget,
                Optional.ofNullable(call.estimatedWaitSeconds)));
    }

    /** app_queue's hold time, or, for a caller who stepped out and back in, the whole wait from the first join. */
    private static long waited(Call call, long holdSeconds, Instant endedAt) {
        return call.reentered ? Math.max(holdSeconds, secondsBetween(call.joinedAt, endedAt)) : holdSeconds;
    }

    private static long secondsBetween(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }
}
