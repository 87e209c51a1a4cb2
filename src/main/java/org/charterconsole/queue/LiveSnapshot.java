package org.charterconsole.queue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An immutable picture of every queue, taken by the live state's single writer.
 * Views, the API and metrics read snapshots; nothing outside the writer mutates live state.
 *
 * @param queues ordered: priority class first, then by name
 */
public record LiveSnapshot(Instant at, long version, boolean pbxConnected, List<LiveQueue> queues,
                           List<LiveAgent> agents) {

    public LiveSnapshot {
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
    }

    public static LiveSnapshot empty(Instant at) {
        return new LiveSnapshot(at, 0, false, List.of(), List.of());
    }

    public Optional<LiveQueue> queue(String name) {
        return queues.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
