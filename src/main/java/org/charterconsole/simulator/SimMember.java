package org.charterconsole.simulator;

/** An interface's membership of one queue, as app_queue keeps it. Owned by the engine thread. */
final class SimMember {

    final String queue;
    final String agentInterface;
    final String name;
    final long loginTime;
    boolean paused;
    String pausedReason = "";
    int callsTaken;
    long lastCall;
    long lastPause;

    SimMember(String queue, String agentInterface, String name, long loginTime) {
        this.queue = queue;
        this.agentInterface = agentInterface;
        this.name = name;
        this.loginTime = loginTime;
    }
}
