package org.charterconsole.agent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One handler's phone as the PBX reports it: the queues it is logged in to, its state and since when.
 *
 * @param queues      queue names, sorted
 * @param pauseReason the reason code while paused (e.g. {@code break}); empty when not paused or none given
 * @param since       when the console first saw this state; empty when it has not seen the phone
 */
public record AgentStatus(String agentInterface, String name, List<String> queues, AgentState state,
                          boolean paused, Optional<String> pauseReason, Optional<Instant> since) {

    public AgentStatus {
        queues = List.copyOf(queues);
    }

    public boolean loggedIn() {
        return !queues.isEmpty();
    }

    public boolean serves(String queue) {
        return queues.contains(queue);
    }

    public boolean pausedFor(PauseReason reason) {
        return paused && pauseReason.filter(reason.code()::equalsIgnoreCase).isPresent();
    }

    /** E.g. "Available", "Paused · Break", "On a call · paused: Training". */
    public String describe() {
        String reason = pauseReason.map(PauseReason::labelOf).orElse("");
        if (state == AgentState.PAUSED) {
            return reason.isEmpty() ? state.label() : state.label() + " · " + reason;
        }
        if (paused && state != AgentState.LOGGED_OUT) {
            return state.label() + " · paused" + (reason.isEmpty() ? "" : ": " + reason);
        }
        return state.label();
    }
}
