package org.charterconsole.simulator;

/**
 * One queue the simulated council runs.
 *
 * @param weight        app_queue's {@code weight} of the queue, as {@code telephony/queues.conf} sets it
 * @param callerPriority the QUEUE_PRIO the dialplan gives the service's callers (the catalogue's caller priority)
 * @param callsPerHour  arrivals per hour at an ordinary mid-morning hour, before the day profile
 * @param medianHandleSeconds median talk time of a call to this service
 */
record SimulatedService(String queue, boolean priorityClass, int weight, int callerPriority,
                        double callsPerHour,
                        int medianHandleSeconds) {
}
