package org.charterconsole.console;

import org.charterconsole.queue.LiveAgent;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which queues a console user looks at: those their phone serves, or all of them. */
record QueuesServed(List<LiveQueue> queues, boolean allQueues) {

    static QueuesServed of(LiveSnapshot snapshot, Optional<String> agentInterface, boolean seesEveryQueue) {
        if (seesEveryQueue || agentInterface.isEmpty()) {
            return new QueuesServed(snapshot.queues(), true);
        }
        Set<String> served = snapshot.agents().stream()
                .filter(agent -> agent.agentInterface().equalsIgnoreCase(agentInterface.get()))
                .findFirst()
                .map(LiveAgent::queues)
                .map(queues -> queues.keySet())
                .orElse(Set.of());
        if (served.isEmpty()) {
            return new QueuesServed(snapshot.queues(), true);
        }
        return new QueuesServed(snapshot.queues().stream().filter(q -> served.contains(q.name())).toList(), false);
    }
}
