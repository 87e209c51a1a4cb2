package org.charterconsole.pbx;

import java.time.Instant;
import java.util.Optional;

/** The state of the console's link to the PBX, for the banner, /api/pbx and health. */
public interface PbxLink {

    Status status();

    record Status(String mode, boolean connected, Optional<Instant> since, long eventsReceived,
                  Optional<String> lastError) {}
}
