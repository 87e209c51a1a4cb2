package org.charterconsole.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the Asterisk configuration (telephony/) must be told after a service changed. app_queue reads
 * a queue's {@code weight} and {@code servicelevel} from queues.conf and the dialplan sets
 * {@code QUEUE_PRIO}; the console measures with the new values at once but cannot change the PBX's.
 */
public final class PbxFollowUp {

    /** One instruction per setting the PBX now holds differently; empty when it needs nothing. */
    public static List<String> after(Optional<Service> before, Service after) {
        String queue = after.queueName();
        List<String> steps = new ArrayList<>();
        if (before.isEmpty()) {
            steps.add("In extensions.conf, add extension %s to [council-services] with QUEUE_PRIO %d and a menu key for it."
                    .formatted(queue, after.callerPriority()));
            steps.add("In queues.conf, give [%s] weight=%d and servicelevel=%d."
                    .formatted(queue, after.weight(), after.answerWithinSeconds()));
            return steps;
        }
        Service was = before.get();
        if (!was.queueName().equals(queue)) {
            steps.add("In extensions.conf, point the %s menu entry at queue %s.".formatted(after.name(), queue));
        }
        if (was.weight() != after.weight() || !was.queueName().equals(queue)) {
            steps.add("In queues.conf, set weight=%d on [%s].".formatted(after.weight(), queue));
        }
        if (was.answerWithinSeconds() != after.answerWithinSeconds() || !was.queueName().equals(queue)) {
            steps.add("In queues.conf, set servicelevel=%d on [%s].".formatted(after.answerWithinSeconds(), queue));
        }
        if (was.callerPriority() != after.callerPriority()) {
            steps.add("In extensions.conf, set QUEUE_PRIO=%d for %s.".formatted(after.callerPriority(), queue));
        }
        if (was.active() && !after.active()) {
            steps.add("In extensions.conf, take the %s menu key out so callers are no longer offered it."
                    .formatted(after.name()));
        } else if (!was.active() && after.active()) {
            steps.add("Check that extensions.conf offers %s in a menu and enters queue %s again."
                    .formatted(after.name(), queue));
        }
        return steps;
    }

    private PbxFollowUp() {
    }
}
