package org.charterconsole.simulator;

/**
 * One queue the simulated council runs.
 *
 * @param callsPerHour  arrivals per hour at an ordinary mid-morning hour, before the day profile
 * @param medianHandleSeconds median talk time of a call to this service
 */
record SimulatedService(String queue, boolean priorityClass, int weight, double callsPerHour,
                        int medianHandleSeconds) {
}
