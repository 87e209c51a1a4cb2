package org.charterconsole.simulator;

import java.time.Duration;
import java.time.Instant;

/** A call the traffic model has decided on, with everything about how it will go. */
record Arrival(SimulatedService service, Instant at, String number, String name, int queuePriority,
               Duration patience, Duration handleTime, boolean pressesCallbackKey) {
}
