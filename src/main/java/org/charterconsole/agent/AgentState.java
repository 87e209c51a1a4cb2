package org.charterconsole.agent;

/** What a handler is doing, as the PBX last reported it. */
public enum AgentState {
    LOGGED_OUT("Logged out"),
    AVAILABLE("Available"),
    RINGING("Ringing"),
    ON_CALL("On a call"),
    PAUSED("Paused"),
    UNAVAILABLE("Phone unreachable");

    private final String label;

    AgentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
