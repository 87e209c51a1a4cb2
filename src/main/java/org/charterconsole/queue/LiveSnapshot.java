package org.charterconsole.queue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable picture of every queue, taken by the live state's single writer.
 * Views, the API and metrics read snapshots; nothing outside the writer mutates live state.
 *
 * @param queues  ordered: priority class first, then by name
 * @param history recent handle times, abandons, arrivals and pauses, for estimating waits
 */
public record LiveSnapshot(Instant at, long version, boolean pbxConnected, List<LiveQueue> queues,
                           List<LiveAgent> agents, LiveHistory history) {

    public LiveSnapshot {
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
    }

    public LiveSnapshot(Instant at, long version, boolean pbxConnected, List<LiveQueue> queues,
                        List<LiveAgent> agents) {
        this(at, version, pbxConnected, queues, agents, LiveHistory.NONE);
    }

    public static LiveSnapshot empty(Instant at) {
        return new LiveSnapshot(at, 0, false, List.of(), List.of());
    }

    public Optional<LiveQueue> queue(String name) {
        return queues.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /**
     * The same picture with each waiting caller's expected answer time and each queue's wait for a
     * caller joining now. A caller the estimates do not cover keeps the answer time it had in {@code previous}.
     */
    LiveSnapshot withEstimates(WaitEstimates estimates, LiveSnapshot previous) {
        Map<CallRecord.Key, Instant> before = new HashMap<>();
        Map<String, Long> joiningBefore = new HashMap<>();
        for (LiveQueue queue : previous.queues()) {
            queue.estimatedWaitSeconds().ifPresent(seconds -> joiningBefore.put(queue.name(), seconds));
            queue.waiting().forEach(c -> c.expectedAnswerAt().ifPresent(answerAt -> before.put(c.key(), answerAt)));
        }
        List<LiveQueue> estimated = queues.stream().map(queue -> queue.withEstimates(
                queue.waiting().stream().map(caller -> caller.expectedAt(estimates.remaining(caller.key())
                        .map(at::plusSeconds)
                        .or(() -> Optional.ofNullable(before.get(caller.key()))))).toList(),
                estimates.joiningNow(queue.name()).or(() -> Optional.ofNullable(joiningBefore.get(queue.name())))))
                .toList();
        return new LiveSnapshot(at, version, pbxConnected, estimated, agents, history);
    }
}
