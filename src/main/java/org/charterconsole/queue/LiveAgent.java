package org.charterconsole.queue;

import org.charterconsole.pbx.AgentActivity;

import java.util.Map;
import java.util.Optional;

/** An agent interface and what it is doing in each queue it belongs to. */
public record LiveAgent(String agentInterface, String name, AgentActivity activity, Optional<String> pausedReason,
                        Map<String, AgentActivity> queues, Optional<String> talkingToUniqueId) {

    public LiveAgent {
        queues = Map.copyOf(queues);
    }
}
