package org.charterconsole.routing;

import org.charterconsole.queue.WaitingCaller;

/** A waiting caller whose priority is due to be raised, and why. */
public record Escalation(WaitingCaller caller, int toPriority, long waitSeconds, int targetSeconds) {
}
