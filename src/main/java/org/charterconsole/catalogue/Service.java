package org.charterconsole.catalogue;

import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.ServiceTarget;

/**
 * One service of the council's contact centre, the queue that serves it and its charter targets.
 *
 * @param weight         app_queue's {@code weight} of the queue: between queues sharing agents, heavier first
 * @param callerPriority the {@code QUEUE_PRIO} the dialplan gives its callers: within a queue, higher first
 */
public record Service(String code, String name, String queueName, PriorityClass priorityClass,
                      int answerWithinSeconds, int answeredTargetPercent, int weight, int callerPriority,
                      boolean active) {

    public Service withActive(boolean active) {
        return new Service(code, name, queueName, priorityClass, answerWithinSeconds, answeredTargetPercent, weight,
                callerPriority, active);
    }

    public ServiceTarget target() {
        return new ServiceTarget(queueName, name, priorityClass, answerWithinSeconds, answeredTargetPercent);
    }
}
