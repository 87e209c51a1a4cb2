package org.charterconsole.catalogue;

import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.ServiceTarget;

/** One service of the council's contact centre, the queue that serves it and its charter targets. */
public record Service(String code, String name, String queueName, PriorityClass priorityClass,
                      int answerWithinSeconds, int answeredTargetPercent, int weight, boolean active) {

    public ServiceTarget target() {
        return new ServiceTarget(queueName, name, priorityClass, answerWithinSeconds, answeredTargetPercent);
    }
}
