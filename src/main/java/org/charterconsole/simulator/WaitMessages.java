package org.charterconsole.simulator;

import java.time.Duration;

/**
 * The shipped dialplan's periodic wait message: every {@code every} a queued caller's Queue() times
 * out, the caller hears the message for {@link #LENGTH} and enters the same queue again at the
 * position they left. As app_queue with {@code timeoutpriority = conf}, a caller whose call is
 * ringing a handler when the time comes is not taken out until the ringing ends. Engine thread only.
 */
final class WaitMessages {

    /** The busy-period message and "you can expect to wait about N minutes". */
    static final Duration LENGTH = Duration.ofSeconds(12);
    private static final Duration RINGING_CHECK = Duration.ofSeconds(2);

    private final QueueFloor floor;
    private final Agenda agenda;
    private final Duration every;

    WaitMessages(QueueFloor floor, Agenda agenda, Duration every) {
        this.floor = floor;
        this.agenda = agenda;
        this.every = every;
    }

    void entered(SimCaller caller) {
        agenda.at(floor.now().plus(every), () -> timeOut(caller));
    }

    private void timeOut(SimCaller caller) {
        if (floor.caller(caller.uniqueId).orElse(null) != caller) {
            return; // answered, gone, or already a later entry of theirs
        }
        if (caller.ringingInterface != null) {
            agenda.at(floor.now().plus(RINGING_CHECK), () -> timeOut(caller));
            return;
        }
        int position = floor.stepOut(caller);
        agenda.at(floor.now().plus(LENGTH), () -> floor.comeBack(caller.uniqueId, position));
    }
}
