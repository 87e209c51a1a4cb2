package org.charterconsole.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One app_queue queue: callers in position order and its members. Owned by the engine thread. */
final class SimQueue {

    final String name;
    final int weight;
    final List<SimCaller> callers = new ArrayList<>();
    final Map<String, SimMember> members = new LinkedHashMap<>();
    int completed;
    int abandoned;
    /** app_queue's exponential averages (3/4 old + 1/4 newest), in seconds. */
    int holdTime;
    int talkTime;

    SimQueue(String name, int weight) {
        this.name = name;
        this.weight = weight;
    }

    /** app_queue's rule: behind every caller of the same or higher QUEUE_PRIO, ahead of all lower. */
    int insert(SimCaller caller) {
        int index = 0;
        while (index < callers.size() && callers.get(index).queuePriority >= caller.queuePriority) {
            index++;
        }
        callers.add(index, caller);
        return index + 1;
    }

    /**
     * Where Queue() with a position argument puts a caller (app_queue's {@code join_queue}): at that
     * position, but never ahead of a caller of higher QUEUE_PRIO, and ahead of every lower one.
     */
    int positionFor(int queuePriority, int position) {
        int index = 0;
        while (index < callers.size()) {
            SimCaller current = callers.get(index);
            if (queuePriority > current.queuePriority
                    || (queuePriority >= current.queuePriority && position <= index + 1)) {
                break;
            }
            index++;
        }
        return index + 1;
    }

    int positionOf(SimCaller caller) {
        return callers.indexOf(caller) + 1;
    }

    void recordHold(long seconds) {
        holdTime = (int) ((holdTime * 3 + seconds) / 4);
    }

    void recordTalk(long seconds) {
        talkTime = (int) ((talkTime * 3 + seconds) / 4);
    }
}
