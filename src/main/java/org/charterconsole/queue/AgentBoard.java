package org.charterconsole.queue;

import org.charterconsole.pbx.AgentActivity;
import org.charterconsole.pbx.QueueMember;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every agent interface, its membership of each queue and what it is doing. Agent* events
 * (ringing, connected, completed) override the member status, which app_queue reports late or not at all.
 */
final class AgentBoard {

    private static final class Agent {
        String name;
        final Map<String, QueueMember> memberships = new TreeMap<>();
        boolean ringing;
        String talkingTo;
        String talkingInQueue;
        Instant since;
    }

    private final Map<String, Agent> agents = new TreeMap<>();

    void memberUpdated(QueueMember member, Instant at) {
        Agent agent = agents.computeIfAbsent(member.agentInterface(), i -> new Agent());
        agent.name = member.name();
        QueueMember before = agent.memberships.put(member.queue(), member);
        // A pause starts an activity; its end does not, so an agent back from wrap-up counts from the call's end.
        if (at != null && (before == null || (!before.paused() && member.paused()))) {
            agent.since = at;
        }
    }

    void memberRemoved(String queue, String agentInterface) {
        Agent agent = agents.get(agentInterface);
        if (agent != null) {
            agent.memberships.remove(queue);
            if (agent.memberships.isEmpty() && agent.talkingTo == null) {
                agents.remove(agentInterface);
            }
        }
    }

    void ringing(String agentInterface, String memberName) {
        agent(agentInterface, memberName).ringing = true;
    }

    void ringEnded(String agentInterface) {
        Agent agent = agents.get(agentInterface);
        if (agent != null) {
            agent.ringing = false;
        }
    }

    void connected(String agentInterface, String memberName, String uniqueId, String queue, Instant at) {
        Agent agent = agent(agentInterface, memberName);
        agent.ringing = false;
        agent.talkingTo = uniqueId;
        agent.talkingInQueue = queue;
        agent.since = at;
    }

    void completed(String agentInterface, Instant at) {
        Agent agent = agents.get(agentInterface);
        if (agent != null) {
            agent.ringing = false;
            agent.talkingTo = null;
            agent.talkingInQueue = null;
            agent.since = at;
            if (agent.memberships.isEmpty()) {
                agents.remove(agentInterface);
            }
        }
    }

    /** A QueueStatus answer: memberships are exactly these; calls in progress stay unless the PBX says idle. */
    void replaceAll(List<QueueMember> members) {
        Map<String, Agent> previous = new HashMap<>(agents);
        agents.clear();
        for (QueueMember member : members) {
            memberUpdated(member, null);
        }
        previous.forEach((agentInterface, old) -> {
            Agent now = agents.get(agentInterface);
            if (now == null) {
                return;
            }
            if (old.talkingTo != null && now.memberships.values().stream().anyMatch(QueueMember::inCall)) {
                now.talkingTo = old.talkingTo;
                now.talkingInQueue = old.talkingInQueue;
                now.since = old.since;
            } else if (old.talkingTo == null && pausedAnywhere(old) == pausedAnywhere(now)) {
                now.since = old.since;
            }
        });
    }

    private static boolean pausedAnywhere(Agent agent) {
        return agent.memberships.values().stream().anyMatch(QueueMember::paused);
    }

    private Agent agent(String agentInterface, String memberName) {
        Agent agent = agents.computeIfAbsent(agentInterface, i -> new Agent());
        if (agent.name == null) {
            agent.name = memberName;
        }
        return agent;
    }

    private static AgentActivity activityIn(Agent agent, QueueMember member) {
        if (member.paused()) {
            return AgentActivity.PAUSED;
        }
        if (agent.talkingTo != null) {
            return AgentActivity.BUSY;
        }
        if (agent.ringing) {
            return AgentActivity.RINGING;
        }
        return member.activity();
    }

    LiveQueue.AgentCounts countsFor(String queue) {
        int available = 0;
        int busy = 0;
        int paused = 0;
        for (Agent agent : agents.values()) {
            QueueMember member = agent.memberships.get(queue);
            if (member == null) {
                continue;
            }
            switch (activityIn(agent, member)) {
                case AVAILABLE -> available++;
                case BUSY, RINGING -> busy++;
                case PAUSED -> paused++;
                case UNAVAILABLE -> { }
            }
        }
        return new LiveQueue.AgentCounts(available, busy, paused);
    }

    List<String> queues() {
        return agents.values().stream().flatMap(a -> a.memberships.keySet().stream()).distinct().toList();
    }

    List<LiveAgent> agents() {
        List<LiveAgent> result = new ArrayList<>(agents.size());
        agents.forEach((agentInterface, agent) -> {
            Map<String, AgentActivity> queues = new LinkedHashMap<>();
            agent.memberships.forEach((queue, member) -> queues.put(queue, activityIn(agent, member)));
            Optional<String> pausedReason = agent.memberships.values().stream()
                    .filter(QueueMember::paused).map(QueueMember::pausedReason)
                    .filter(r -> r != null && !r.isBlank()).findFirst();
            result.add(new LiveAgent(agentInterface, agent.name == null ? agentInterface : agent.name,
                    overall(agent, queues), pausedReason, queues, Optional.ofNullable(agent.talkingTo),
                    Optional.ofNullable(agent.talkingInQueue), Optional.ofNullable(agent.since)));
        });
        return result;
    }

    private static AgentActivity overall(Agent agent, Map<String, AgentActivity> queues) {
        if (agent.talkingTo != null) {
            return AgentActivity.BUSY;
        }
        if (agent.ringing) {
            return AgentActivity.RINGING;
        }
        return queues.values().stream()
                .min(Comparator.comparingInt(AgentBoard::overallRank))
                .orElse(AgentActivity.UNAVAILABLE);
    }

    /** An agent paused anywhere is shown paused; else busy, ringing, available, unavailable. */
    private static int overallRank(AgentActivity activity) {
        return switch (activity) {
            case PAUSED -> 0;
            case BUSY -> 1;
            case RINGING -> 2;
            case AVAILABLE -> 3;
            case UNAVAILABLE -> 4;
        };
    }
}
