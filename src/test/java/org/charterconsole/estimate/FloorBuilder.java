package org.charterconsole.estimate;

import org.charterconsole.pbx.AgentActivity;
import org.charterconsole.queue.LiveAgent;
import org.charterconsole.queue.LiveHistory;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.QueueHistory;
import org.charterconsole.queue.WaitingCaller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Constructed live states for estimator tests: queues whose calls all last about the same time
 * (so the expected waits can be worked out by hand), nobody giving up and nobody new arriving.
 */
final class FloorBuilder {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final double TALK_SECONDS = 200;
    static final double TURNAROUND_SECONDS = 10;
    static final double ANSWER_SECONDS = 5;

    private final Map<String, List<WaitingCaller>> callers = new LinkedHashMap<>();
    private final Map<String, Integer> weights = new LinkedHashMap<>();
    private final List<LiveAgent> agents = new ArrayList<>();
    private final Map<String, Double> pauses = new LinkedHashMap<>();
    private final Map<String, List<QueueHistory.WaitBand>> patience = new LinkedHashMap<>();
    private double ringSeconds = ANSWER_SECONDS;

    FloorBuilder queue(String name, int weight) {
        callers.putIfAbsent(name, new ArrayList<>());
        weights.put(name, weight);
        return this;
    }

    /** A caller who has waited {@code waitedSeconds}, placed in app_queue's order. */
    FloorBuilder caller(String queue, String uniqueId, int priority, long waitedSeconds) {
        List<WaitingCaller> line = callers.get(queue);
        line.add(new WaitingCaller(uniqueId, queue, "PJSIP/trunk-" + uniqueId, "07700900123", "", 0, priority,
                NOW.minusSeconds(waitedSeconds)));
        line.sort(Comparator.comparingInt(WaitingCaller::priority).reversed()
                .thenComparing(WaitingCaller::joinedAt));
        return this;
    }

    FloorBuilder available(String agentInterface, long idleSeconds, String... queues) {
        return agent(agentInterface, AgentActivity.AVAILABLE, Optional.empty(), idleSeconds, null, queues);
    }

    FloorBuilder talking(String agentInterface, long talkedSeconds, String callQueue, String... queues) {
        return agent(agentInterface, AgentActivity.BUSY, Optional.empty(), talkedSeconds, callQueue, queues);
    }

    FloorBuilder paused(String agentInterface, String reason, long pausedSeconds, String... queues) {
        return agent(agentInterface, AgentActivity.PAUSED, Optional.of(reason), pausedSeconds, null, queues);
    }

    /** Being rung for a caller, as an agent is the moment a caller joins while it is free. */
    FloorBuilder ringing(String agentInterface, String... queues) {
        return agent(agentInterface, AgentActivity.RINGING, Optional.empty(), 0, null, queues);
    }

    /** Answered calls have been seen to ring this long. */
    FloorBuilder ringsLast(double seconds) {
        ringSeconds = seconds;
        return this;
    }

    /** Callers of this queue have been seen giving up like this (otherwise nobody ever has). */
    FloorBuilder gaveUp(String queue, QueueHistory.WaitBand... bands) {
        patience.put(queue, List.of(bands));
        return this;
    }

    /** Pauses with this reason have been seen to last this long. */
    FloorBuilder pausesLast(String reason, double seconds) {
        pauses.put(reason, seconds);
        return this;
    }

    private FloorBuilder agent(String agentInterface, AgentActivity activity, Optional<String> reason, long since,
                               String callQueue, String... queues) {
        Map<String, AgentActivity> memberships = new LinkedHashMap<>();
        for (String queue : queues) {
            memberships.put(queue, activity);
        }
        agents.add(new LiveAgent(agentInterface, agentInterface, activity, reason, memberships,
                callQueue == null ? Optional.empty() : Optional.of("call-" + agentInterface),
                Optional.ofNullable(callQueue), Optional.of(NOW.minusSeconds(since))));
        return this;
    }

    LiveSnapshot snapshot() {
        List<LiveQueue> queues = new ArrayList<>();
        Map<String, QueueHistory> history = new LinkedHashMap<>();
        callers.forEach((name, line) -> {
            List<WaitingCaller> positioned = new ArrayList<>();
            for (int i = 0; i < line.size(); i++) {
                WaitingCaller c = line.get(i);
                positioned.add(new WaitingCaller(c.uniqueId(), c.queue(), c.channel(), c.callerNumber(),
                        c.callerName(), i + 1, c.priority(), c.joinedAt()));
            }
            queues.add(new LiveQueue(name, name, PriorityClass.STANDARD, 300, 80, positioned,
                    LiveQueue.AgentCounts.NONE));
            history.put(name, new QueueHistory(weights.get(name), Math.log(TALK_SECONDS), 0.05, 500, 0, 1e12, 0,
                    patience.getOrDefault(name, List.of())));
        });
        return new LiveSnapshot(NOW, 1, true, queues, agents,
                new LiveHistory(history, TURNAROUND_SECONDS, 100, pauses, ringSeconds, 100));
    }
}
