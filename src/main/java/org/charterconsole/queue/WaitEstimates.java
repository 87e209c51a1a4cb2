package org.charterconsole.queue;

import java.util.Map;
import java.util.Optional;

/**
 * What a {@link WaitEstimator} worked out for one snapshot.
 *
 * @param remainingSeconds   per waiting caller: seconds still to wait after the snapshot was taken
 * @param joiningNowSeconds  per queue: seconds a caller joining at the snapshot's moment would wait
 */
public record WaitEstimates(Map<CallRecord.Key, Long> remainingSeconds, Map<String, Long> joiningNowSeconds) {

    public static final WaitEstimates NONE = new WaitEstimates(Map.of(), Map.of());

    public WaitEstimates {
        remainingSeconds = Map.copyOf(remainingSeconds);
        joiningNowSeconds = Map.copyOf(joiningNowSeconds);
    }

    public Optional<Long> remaining(CallRecord.Key caller) {
        return Optional.ofNullable(remainingSeconds.get(caller));
    }

    public Optional<Long> joiningNow(String queue) {
        return Optional.ofNullable(joiningNowSeconds.get(queue));
    }
}
