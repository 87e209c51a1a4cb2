package org.charterconsole.estimate;

import org.charterconsole.pbx.PbxEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For reading the estimate's error: when an agent's availability changed in a way no estimate made
 * earlier could have seen (going on or back from a pause other than wrap-up, logging in, logging out),
 * and where each caller stood when they joined. Fed the same events as the live state.
 */
final class StaffingChanges {

    private static final String WRAP_UP = "wrap-up";

    private record Change(Instant at, String agentInterface) {}

    private final List<Change> changes = new ArrayList<>();
    private final Map<String, String> pausedFor = new HashMap<>();
    private final Map<String, Set<String>> agentsOfQueue = new HashMap<>();
    private final Map<String, Integer> positionAtJoin = new HashMap<>();

    void accept(PbxEvent event) {
        if (event instanceof PbxEvent.CallerJoined e) {
            positionAtJoin.put(e.uniqueId(), e.position());
        } else if (event instanceof PbxEvent.MemberUpdated e) {
            String agent = e.member().agentInterface();
            agentsOfQueue.computeIfAbsent(e.member().queue(), q -> new HashSet<>()).add(agent);
            String reason = e.member().paused() ? String.valueOf(e.member().pausedReason()) : "";
            String before = pausedFor.put(agent, reason);
            boolean onBreakBefore = before != null && !before.isEmpty() && !before.equals(WRAP_UP);
            boolean onBreakNow = !reason.isEmpty() && !reason.equals(WRAP_UP);
            if (before == null || onBreakBefore != onBreakNow) {
                changes.add(new Change(e.at(), agent));
            }
        } else if (event instanceof PbxEvent.MemberRemoved e) {
            if (pausedFor.remove(e.agentInterface()) != null) {
                changes.add(new Change(e.at(), e.agentInterface()));
            }
        }
    }

    int positionAtJoin(String uniqueId) {
        return positionAtJoin.getOrDefault(uniqueId, 0);
    }

    /** Whether an agent who served {@code queue} changed availability in {@code (from, to]}. */
    boolean changedDuring(String queue, Instant from, Instant to) {
        Set<String> agents = agentsOfQueue.getOrDefault(queue, Set.of());
        return changes.stream().anyMatch(c -> c.at().isAfter(from) && !c.at().isAfter(to)
                && agents.contains(c.agentInterface()));
    }
}
