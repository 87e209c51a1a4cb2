package org.charterconsole.simulator;

import java.time.Instant;
import java.util.Optional;

/**
 * Callers entering and leaving app_queue's queues: joining, stepping out for the wait message and
 * coming back, hanging up, being withdrawn, and priority changes, with the events app_queue sends
 * for each (as in the Asterisk 22 captures).
 */
final class JoinsAndLeaves {

    private final QueueFloor floor;

    JoinsAndLeaves(QueueFloor floor) {
        this.floor = floor;
    }

    SimCaller join(String queueName, String number, String name, int queuePriority, Instant joinedAt) {
        SimQueue queue = floor.queue(queueName)
                .orElseThrow(() -> new IllegalArgumentException("No such queue: " + queueName));
        String channel = floor.nextChannel("PJSIP/council-trunk");
        String uniqueId = floor.nextUniqueId();
        // app_queue reports the position the caller got, and keeps it as the original position.
        int position = positionFor(queue, queuePriority);
        SimCaller caller = new SimCaller(uniqueId, channel, number, name, queueName, joinedAt, position, queuePriority);
        queue.insert(caller);
        floor.track(caller);
        floor.emit(AmiEvents.join(caller, position, queue.callers.size()));
        floor.entered(caller);
        return caller;
    }

    /**
     * queues.conf {@code joinempty = unavailable,invalid,unknown}: Queue() turns a caller away when no
     * member could take a call. Simulated phones are never unavailable, so that is a queue nobody is
     * logged in to; paused members still count. A caller turned away gets no QueueCallerJoin, only
     * {@code QUEUESTATUS=JOINEMPTY}, and is returned so the dialplan's next step can follow.
     */
    JoinAttempt joinUnlessEmpty(String queueName, String number, String name, int queuePriority, Instant joinedAt) {
        SimQueue queue = floor.queue(queueName)
                .orElseThrow(() -> new IllegalArgumentException("No such queue: " + queueName));
        if (!queue.members.isEmpty()) {
            return new JoinAttempt(join(queueName, number, name, queuePriority, joinedAt), true);
        }
        SimCaller turnedAway = new SimCaller(floor.nextUniqueId(), floor.nextChannel("PJSIP/council-trunk"), number,
                name, queueName, joinedAt, 0, queuePriority);
        floor.emit(AmiEvents.varSet(turnedAway, "QUEUESTATUS", "JOINEMPTY"));
        return new JoinAttempt(turnedAway, false);
    }

    record JoinAttempt(SimCaller caller, boolean joined) {}

    /**
     * Queue() timed out: app_queue reports it as an abandon, then QUEUEPOSITION and QUEUESTATUS
     * (as in the Asterisk 22 capture, fixtures 04). The caller stays on the line, out of the queue,
     * hearing the wait message. Returns the position they left.
     */
    int stepOut(SimCaller caller) {
        SimQueue queue = floor.queueOf(caller);
        int position = queue.positionOf(caller);
        queue.abandoned++;
        floor.emit(AmiEvents.varSet(caller, "ABANDONED", "TRUE"));
        floor.emit(AmiEvents.abandon(caller, position, floor.now()));
        queue.callers.remove(caller);
        floor.emit(AmiEvents.leave(caller, position, queue.callers.size()));
        floor.emit(AmiEvents.varSet(caller, "QUEUEPOSITION", position));
        floor.emit(AmiEvents.varSet(caller, "QUEUESTATUS", "TIMEOUT"));
        caller.away = true;
        return position;
    }

    /**
     * After the wait message the dialplan enters Queue() again with the position argument: same
     * channel and Uniqueid, the dialplan's QUEUE_PRIO, app_queue's hold time counting afresh.
     */
    Optional<SimCaller> comeBack(String uniqueId, int position) {
        Optional<SimCaller> found = floor.caller(uniqueId);
        if (found.isEmpty() || !found.get().away) {
            return Optional.empty();
        }
        SimCaller away = found.get();
        SimQueue queue = floor.queueOf(away);
        int landed = queue.positionFor(away.dialplanPriority, position);
        SimCaller back = new SimCaller(uniqueId, away.channel, away.number, away.name, away.queue, floor.now(), landed,
                away.dialplanPriority);
        queue.callers.add(landed - 1, back);
        floor.track(back);
        floor.emit(AmiEvents.join(back, landed, queue.callers.size()));
        floor.entered(back);
        return Optional.of(back);
    }

    private static int positionFor(SimQueue queue, int queuePriority) {
        int index = 0;
        while (index < queue.callers.size() && queue.callers.get(index).queuePriority >= queuePriority) {
            index++;
        }
        return index + 1;
    }

    /** Abandon, leave, then {@code QUEUESTATUS} when one is given (a hang-up sets none). */
    boolean abandon(String uniqueId, String queueStatus) {
        Optional<SimCaller> found = floor.caller(uniqueId);
        if (found.isEmpty()) {
            return false;
        }
        SimCaller caller = found.get();
        if (caller.away) {
            // hung up during the wait message: out of the queue already, so app_queue says nothing
            floor.forget(uniqueId);
            return true;
        }
        SimQueue queue = floor.queueOf(caller);
        floor.stopRinging(caller);
        int position = queue.positionOf(caller);
        queue.abandoned++;
        floor.emit(AmiEvents.abandon(caller, position, floor.now()));
        floor.removeFromQueue(caller, position);
        if (queueStatus != null) {
            floor.emit(AmiEvents.varSet(caller, "QUEUESTATUS", queueStatus));
        }
        return true;
    }

    /**
     * The caller presses the call-back key while in Queue(): app_queue leaves them through the queue's
     * exit context (queues.conf {@code context = council-queue-exit}) with QueueCallerLeave only: no
     * abandon, no QUEUESTATUS. The dialplan then raises CallbackRequested. The key does nothing during
     * the wait message, out of Queue().
     */
    boolean pressCallbackKey(String uniqueId) {
        Optional<SimCaller> found = floor.caller(uniqueId);
        if (found.isEmpty() || found.get().away) {
            return false;
        }
        SimCaller caller = found.get();
        floor.stopRinging(caller);
        floor.removeFromQueue(caller, floor.queueOf(caller).positionOf(caller));
        floor.emit(AmiEvents.callbackRequested(caller));
        return true;
    }

    boolean changePriority(SimCaller caller, int priority, boolean immediate) {
        SimQueue queue = floor.queueOf(caller);
        caller.queuePriority = priority;
        if (immediate) {
            queue.callers.remove(caller);
            queue.insert(caller);
        }
        return true;
    }
}
