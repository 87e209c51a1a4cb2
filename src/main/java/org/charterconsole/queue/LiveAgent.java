package org.charterconsole.queue;

import org.charterconsole.pbx.AgentActivity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An agent interface and what it is doing in each queue it belongs to.
 *
 * @param talkingInQueue the queue of the call in progress, when the console saw it connect
 * @param since          when the agent's current activity began, as the console saw it: call connected,
 *                       call ended or pause started (the end of a pause starts nothing: an agent back
 *                       from wrap-up counts from the end of the call)
 */
public record LiveAgent(String agentInterface, String name, AgentActivity activity, Optional<String> pausedReason,
                        Map<String, AgentActivity> queues, Optional<String> talkingToUniqueId,
                        Optional<String> talkingInQueue, Optional<Instant> since) {

    public LiveAgent {
        queues = Map.copyOf(queues);
    }

    /** An agent whose call queue and activity start are not known. */
    public LiveAgent(String agentInterface, String name, AgentActivity activity, Optional<String> pausedReason,
                     Map<String, AgentActivity> queues, Optional<String> talkingToUniqueId) {
        this(agentInterface, name, activity, pausedReason, queues, talkingToUniqueId, Optional.empty(),
                Optional.empty());
    }
}
