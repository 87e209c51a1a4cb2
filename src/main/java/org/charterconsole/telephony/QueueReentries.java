package org.charterconsole.telephony;

import org.charterconsole.pbx.PbxEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Tells a caller who only steps out of the queue to hear the periodic wait message from one who
 * has gone. app_queue reports a Queue() timeout exactly like a hang-up (QueueCallerAbandon, then
 * QueueCallerLeave) and only then sets {@code QUEUESTATUS} ({@code VarSet QUEUESTATUS=TIMEOUT});
 * after a hang-up it sets none. So a caller's abandon and leave are held back until one of:
 * <ul>
 *   <li>{@code QUEUESTATUS=TIMEOUT}: the caller stepped out ({@link PbxEvent.CallerSteppedOut}), and
 *       the hold lasts until they rejoin; their QueueCallerJoin to the same queue within
 *       {@code rejoinGrace} becomes {@link PbxEvent.CallerRejoined} and the held events are dropped;</li>
 *   <li>any other {@code QUEUESTATUS} (WITHDRAW, LEAVEEMPTY, ...), or a second one before the caller is
 *       back (their Queue() could not take them again: JOINUNAVAIL, FULL, ...): passed on at once;</li>
 *   <li>no {@code QUEUESTATUS} within {@code statusGrace} (a hang-up), no rejoin within
 *       {@code rejoinGrace} (hung up during the message), or any other event of that caller: passed on.</li>
 * </ul>
 * Held events keep the time they arrived. Graces are measured on the injected clock by
 * {@link #expire}; a hold also lasts at least {@code transportGrace} of real time, so that on a
 * simulated clock running many times faster a QUEUESTATUS a moment late on the wire still counts.
 * Thread-safe: the AMI reader offers events, the dispatcher thread expires holds.
 */
final class QueueReentries {

    static final String QUEUE_STATUS = "QUEUESTATUS";
    static final String TIMEOUT = "TIMEOUT";
    /** app_queue sets QUEUESTATUS right after QueueCallerLeave, on the same thread; this is ample. */
    static final Duration STATUS_GRACE = Duration.ofSeconds(2);
    /** Real time a hold lasts at least, however fast the clock runs. */
    static final Duration TRANSPORT_GRACE = Duration.ofMillis(250);

    private static final class Held {
        final PbxEvent.CallerAbandoned abandon;
        final long heldNanos = System.nanoTime();
        PbxEvent.CallerLeft leave;
        Instant steppedOutAt;

        Held(PbxEvent.CallerAbandoned abandon) {
            this.abandon = abandon;
        }
    }

    private final Consumer<PbxEvent> out;
    private final Duration statusGrace;
    private final Duration rejoinGrace;
    private final long transportGraceNanos;
    private final Map<String, Held> held = new LinkedHashMap<>();

    QueueReentries(Consumer<PbxEvent> out, Duration statusGrace, Duration rejoinGrace, Duration transportGrace) {
        this.out = out;
        this.statusGrace = statusGrace;
        this.rejoinGrace = rejoinGrace;
        this.transportGraceNanos = transportGrace.toNanos();
    }

    synchronized void offer(PbxEvent event) {
        if (event instanceof PbxEvent.CallerAbandoned abandon) {
            release(abandon.uniqueId());
            held.put(abandon.uniqueId(), new Held(abandon));
            return;
        }
        if (event instanceof PbxEvent.CallerLeft leave) {
            Held hold = held.get(leave.uniqueId());
            if (hold != null && hold.leave == null && hold.abandon.queue().equals(leave.queue())) {
                hold.leave = leave;
                return;
            }
        }
        if (event instanceof PbxEvent.CallerJoined join) {
            Held hold = held.get(join.uniqueId());
            if (hold != null && hold.steppedOutAt != null && hold.abandon.queue().equals(join.queue())) {
                held.remove(join.uniqueId());
                out.accept(new PbxEvent.CallerRejoined(join.at(), join.queue(), join.uniqueId(), join.channel(),
                        join.callerNumber(), join.callerName(), join.position(), join.count()));
                return;
            }
        }
        String uniqueId = uniqueIdOf(event);
        if (uniqueId != null) {
            release(uniqueId);
        }
        out.accept(event);
    }

    /** {@code VarSet QUEUESTATUS} on the caller's channel: why Queue() returned. */
    synchronized void queueStatus(String uniqueId, String status, Instant at) {
        Held hold = held.get(uniqueId);
        if (hold == null) {
            return;
        }
        // a second Queue() that returned at once (JOINUNAVAIL, FULL, ...): the caller could not go back
        if (!TIMEOUT.equals(status) || hold.steppedOutAt != null) {
            release(uniqueId);
            return;
        }
        hold.steppedOutAt = at;
        int position = hold.leave != null ? hold.leave.position() : hold.abandon.position();
        out.accept(new PbxEvent.CallerSteppedOut(at, hold.abandon.queue(), uniqueId, position,
                hold.abandon.holdSeconds()));
    }

    /** Passes on the holds whose grace has run out by {@code now}. */
    synchronized void expire(Instant now) {
        List<String> due = new ArrayList<>();
        long nanos = System.nanoTime();
        held.forEach((uniqueId, hold) -> {
            if (nanos - hold.heldNanos < transportGraceNanos) {
                return;
            }
            Instant deadline = hold.steppedOutAt == null ? hold.abandon.at().plus(statusGrace)
                    : hold.steppedOutAt.plus(rejoinGrace);
            if (!now.isBefore(deadline)) {
                due.add(uniqueId);
            }
        });
        due.forEach(this::release);
    }

    /**
     * A QueueStatus answer. A stepped-out caller it shows waiting in their queue came back while events
     * were lost: the snapshot itself puts them back, so the hold is dropped.
     */
    synchronized void snapshot(PbxEvent.QueueStatusSnapshot snapshot) {
        for (PbxEvent.QueueStatus queue : snapshot.queues()) {
            for (PbxEvent.QueueEntry entry : queue.entries()) {
                Held hold = held.get(entry.uniqueId());
                if (hold != null && hold.steppedOutAt != null && hold.abandon.queue().equals(queue.queue())) {
                    held.remove(entry.uniqueId());
                }
            }
        }
        out.accept(snapshot);
    }

    synchronized int holding() {
        return held.size();
    }

    private void release(String uniqueId) {
        Held hold = held.remove(uniqueId);
        if (hold != null) {
            out.accept(hold.abandon);
            if (hold.leave != null) {
                out.accept(hold.leave);
            }
        }
    }

    private static String uniqueIdOf(PbxEvent event) {
        if (event instanceof PbxEvent.CallerJoined e) {
            return e.uniqueId();
        } else if (event instanceof PbxEvent.CallerLeft e) {
            return e.uniqueId();
        } else if (event instanceof PbxEvent.AgentCalled e) {
            return e.uniqueId();
        } else if (event instanceof PbxEvent.AgentConnected e) {
            return e.uniqueId();
        } else if (event instanceof PbxEvent.CallbackRequested e) {
            return e.uniqueId();
        }
        return null;
    }
}
