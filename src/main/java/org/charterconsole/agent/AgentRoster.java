package org.charterconsole.agent;

import jakarta.annotation.PreDestroy;
import org.charterconsole.pbx.AgentActivity;
import org.charterconsole.queue.LiveAgent;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Agent statuses read from live snapshots, plus the time each phone entered its state. It follows
 * every snapshot on the live-state thread, so "since" is when the console saw the PBX report it.
 * Pure reads: views call it from push callbacks, which have no security context.
 */
@Component
public class AgentRoster {

    private record Mark(String state, Instant since) {}

    private final Map<String, Mark> marks = new ConcurrentHashMap<>();
    private final LiveQueues.Subscription subscription;

    public AgentRoster(LiveQueues liveQueues) {
        observe(liveQueues.snapshot());
        this.subscription = liveQueues.subscribe(this::observe);
    }

    @PreDestroy
    void close() {
        subscription.close();
    }

    /** The phone's status in {@code snapshot}; logged out when the PBX does not know it. */
    public AgentStatus statusOf(LiveSnapshot snapshot, String agentInterface, String fallbackName) {
        return liveAgent(snapshot, agentInterface).map(agent -> status(agent, snapshot.at()))
                .orElseGet(() -> loggedOut(agentInterface, fallbackName, snapshot.at()));
    }

    /**
     * Every phone the PBX knows and every phone in {@code knownAgents} (interface → name, e.g. users
     * with a phone), by name. A known name wins over the PBX's member name.
     */
    public List<AgentStatus> roster(LiveSnapshot snapshot, Map<String, String> knownAgents) {
        List<AgentStatus> statuses = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LiveAgent agent : snapshot.agents()) {
            AgentStatus status = status(agent, snapshot.at());
            String known = knownAgents.get(agent.agentInterface());
            statuses.add(known == null ? status : renamed(status, known));
            seen.add(agent.agentInterface());
        }
        knownAgents.forEach((agentInterface, name) -> {
            if (!seen.contains(agentInterface)) {
                statuses.add(loggedOut(agentInterface, name, snapshot.at()));
            }
        });
        statuses.sort(Comparator.comparing(AgentStatus::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(AgentStatus::agentInterface));
        return statuses;
    }

    private void observe(LiveSnapshot snapshot) {
        Set<String> present = new HashSet<>();
        for (LiveAgent agent : snapshot.agents()) {
            present.add(agent.agentInterface());
            mark(agent.agentInterface(), stateKey(agent), snapshot.at());
        }
        for (String agentInterface : marks.keySet()) {
            if (!present.contains(agentInterface)) {
                mark(agentInterface, AgentState.LOGGED_OUT.name(), snapshot.at());
            }
        }
    }

    private void mark(String agentInterface, String state, Instant at) {
        marks.compute(agentInterface, (key, old) -> old != null && old.state().equals(state) ? old : new Mark(state, at));
    }

    private Optional<Instant> since(String agentInterface, String state) {
        return Optional.ofNullable(marks.get(agentInterface)).filter(mark -> mark.state().equals(state))
                .map(Mark::since);
    }

    private AgentStatus status(LiveAgent agent, Instant at) {
        boolean paused = agent.queues().containsValue(AgentActivity.PAUSED);
        Optional<String> reason = paused ? agent.pausedReason() : Optional.empty();
        AgentState state = stateOf(agent);
        return new AgentStatus(agent.agentInterface(), agent.name(), agent.queues().keySet().stream().sorted().toList(),
                state, paused, reason, since(agent.agentInterface(), stateKey(agent)).or(() -> Optional.of(at)));
    }

    private AgentStatus loggedOut(String agentInterface, String name, Instant at) {
        return new AgentStatus(agentInterface, name, List.of(), AgentState.LOGGED_OUT, false, Optional.empty(),
                since(agentInterface, AgentState.LOGGED_OUT.name()));
    }

    private static AgentStatus renamed(AgentStatus status, String name) {
        return new AgentStatus(status.agentInterface(), name, status.queues(), status.state(), status.paused(),
                status.pauseReason(), status.since());
    }

    private static Optional<LiveAgent> liveAgent(LiveSnapshot snapshot, String agentInterface) {
        return snapshot.agents().stream().filter(agent -> agent.agentInterface().equalsIgnoreCase(agentInterface))
                .findFirst();
    }

    static AgentState stateOf(LiveAgent agent) {
        if (agent.queues().isEmpty()) {
            return AgentState.LOGGED_OUT;
        }
        if (agent.talkingToUniqueId().isPresent()) {
            return AgentState.ON_CALL;
        }
        return switch (agent.activity()) {
            case AVAILABLE -> AgentState.AVAILABLE;
            case RINGING -> AgentState.RINGING;
            case BUSY -> AgentState.ON_CALL;
            case PAUSED -> AgentState.PAUSED;
            case UNAVAILABLE -> AgentState.UNAVAILABLE;
        };
    }

    private static String stateKey(LiveAgent agent) {
        AgentState state = stateOf(agent);
        return state == AgentState.PAUSED ? state.name() + ":" + agent.pausedReason().orElse("") : state.name();
    }
}
