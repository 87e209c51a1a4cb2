package org.charterconsole.simulator;

import java.time.Instant;

/** One agent interface's device: shared by all its queue memberships. Owned by the engine thread. */
final class SimDevice {

    static final int NOT_INUSE = 1;
    static final int INUSE = 2;
    static final int RINGING = 6;

    final String agentInterface;
    String channel = "";
    String uniqueId = "";
    int status = NOT_INUSE;
    SimCaller caller;
    Instant ringStartedAt;
    Instant connectedAt;
    /** Wrap-up after a call: the handler takes no call before this. */
    Instant availableFrom = Instant.MIN;

    SimDevice(String agentInterface) {
        this.agentInterface = agentInterface;
    }

    boolean idle() {
        return caller == null;
    }

    boolean inCall() {
        return connectedAt != null;
    }
}
