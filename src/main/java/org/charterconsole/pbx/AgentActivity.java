package org.charterconsole.pbx;

public enum AgentActivity {
    AVAILABLE, RINGING, BUSY, PAUSED, UNAVAILABLE;

    /** Maps app_queue's AST_DEVICE_* numbers. */
    public static AgentActivity fromDeviceStatus(int status) {
        return switch (status) {
            case 1 -> AVAILABLE;          // NOT_INUSE
            case 2, 3, 7, 8 -> BUSY;      // INUSE, BUSY, RINGINUSE, ONHOLD
            case 6 -> RINGING;
            default -> UNAVAILABLE;       // UNKNOWN, INVALID, UNAVAILABLE
        };
    }
}
