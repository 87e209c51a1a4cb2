package org.charterconsole.agent;

/** Audit action names for changes of agent state; the subject is always the agent's interface. */
public final class AgentAuditActions {
    public static final String LOGGED_IN = "AGENT_LOGGED_IN";
    public static final String LOGGED_OUT = "AGENT_LOGGED_OUT";
    public static final String PAUSED = "AGENT_PAUSED";
    public static final String RESUMED = "AGENT_RESUMED";
    public static final String MOVED = "AGENT_MOVED";
    /** The PBX refused or did not answer a change already audited above. */
    public static final String REFUSED = "AGENT_CHANGE_REFUSED";

    private AgentAuditActions() {
    }
}
