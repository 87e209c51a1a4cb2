package org.charterconsole.simulator;

import java.time.Instant;
import java.util.PriorityQueue;

/** Work due at simulated instants, run in time order by the engine thread. */
final class Agenda {

    private record Entry(Instant at, long order, Runnable task) {}

    private final PriorityQueue<Entry> entries = new PriorityQueue<>((a, b) -> {
        int byTime = a.at.compareTo(b.at);
        return byTime != 0 ? byTime : Long.compare(a.order, b.order);
    });
    private long order;

    void at(Instant at, Runnable task) {
        entries.add(new Entry(at, order++, task));
    }

    void runDue(Instant now) {
        while (!entries.isEmpty() && !entries.peek().at.isAfter(now)) {
            entries.poll().task.run();
        }
    }

    int size() {
        return entries.size();
    }
}
