package org.charterconsole.pbx;

/**
 * A queue member (agent interface) as app_queue reports it.
 *
 * @param deviceStatus app_queue's device state number (1 not in use, 2 in use, 6 ringing, ...)
 */
public record QueueMember(String queue, String agentInterface, String name, boolean dynamic,
                          boolean paused, String pausedReason, int deviceStatus, boolean inCall,
                          int callsTaken) {

    public AgentActivity activity() {
        if (paused) {
            return AgentActivity.PAUSED;
        }
        if (inCall) {
            return AgentActivity.BUSY;
        }
        return AgentActivity.fromDeviceStatus(deviceStatus);
    }
}
