package org.charterconsole.queue;

import java.time.Instant;

/**
 * Published (as a Spring application event) after the services' targets changed, so the live
 * state takes a new snapshot at once instead of waiting for the next PBX event.
 */
public record ServiceTargetsChanged(Instant at) {
}
