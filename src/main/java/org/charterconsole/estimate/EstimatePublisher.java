package org.charterconsole.estimate;

import org.charterconsole.pbx.AstDbKeys;
import org.charterconsole.pbx.PbxCommands;
import org.charterconsole.pbx.PbxLink;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.WaitingCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the AstDB keys the dialplan reads to tell callers how long they could wait: {@code console/ewt/<queue>}
 * (seconds, for a caller joining now), {@code console/ewt-caller/<uniqueid>} (seconds still ahead of a
 * caller already waiting, for the periodic wait message) and {@code console/busy}. Checked every second;
 * what is written and when is {@link AstDbWrites}'s rule; a caller's key is deleted once they leave.
 * Nothing is sent while the link is down; once it is back everything is written again, after the
 * callers' keys of the time before are cleared (a caller may have left meanwhile).
 */
@Component
public class EstimatePublisher {

    private static final Logger log = LoggerFactory.getLogger(EstimatePublisher.class);

    private final LiveQueues live;
    private final PbxLink link;
    private final PbxCommands pbx;
    private final Clock clock;
    private final BusyPeriod busyPeriod;
    private final AstDbWrites writes;
    private Optional<Instant> connectedSince = Optional.empty();
    private Set<String> callerKeys = Set.of();

    public EstimatePublisher(LiveQueues live, PbxLink link, PbxCommands pbx, Clock clock,
                             EstimateProperties properties) {
        this.live = live;
        this.link = link;
        this.pbx = pbx;
        this.clock = clock;
        this.busyPeriod = BusyPeriod.of(properties);
        this.writes = new AstDbWrites(properties);
    }

    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "PT1S")
    public synchronized void publish() {
        PbxLink.Status status = link.status();
        if (!status.connected()) {
            return;
        }
        if (!status.since().equals(connectedSince)) {
            connectedSince = status.since();
            writes.forgetAll();
            callerKeys = Set.of();
            pbx.deleteDatabaseTree(AstDbKeys.FAMILY, AstDbKeys.CALLER_ESTIMATED_WAITS).whenComplete((result, failure) ->
                    log.debug("AstDB {} cleared: {}", AstDbKeys.path(AstDbKeys.CALLER_ESTIMATED_WAITS),
                            failure != null ? failure.toString() : result.message()));
        }
        Instant now = clock.instant();
        Map<String, String> wanted = wanted(live.snapshot(), now);
        deleteKeysOfCallersGone(wanted.keySet());
        writes.due(wanted, now).forEach((key, value) ->
                pbx.putDatabase(AstDbKeys.FAMILY, key, value).whenComplete((result, failure) -> {
                    if (failure != null || !result.success()) {
                        writes.failed(key, value);
                        log.warn("AstDB {} not written: {}", AstDbKeys.path(key),
                                failure != null ? failure.toString() : result.message());
                    }
                }));
    }

    private void deleteKeysOfCallersGone(Set<String> wanted) {
        Set<String> stillWaiting = new HashSet<>();
        for (String key : callerKeys) {
            if (wanted.contains(key)) {
                stillWaiting.add(key);
            } else {
                writes.forget(key);
                pbx.deleteDatabase(AstDbKeys.FAMILY, key).whenComplete((result, failure) -> {
                    if (failure != null || !result.success()) {
                        log.debug("AstDB {} not deleted: {}", AstDbKeys.path(key),
                                failure != null ? failure.toString() : result.message());
                    }
                });
            }
        }
        wanted.stream().filter(key -> key.startsWith(AstDbKeys.CALLER_ESTIMATED_WAITS + "/"))
                .forEach(stillWaiting::add);
        callerKeys = stillWaiting;
    }

    private Map<String, String> wanted(LiveSnapshot snapshot, Instant now) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (LiveQueue queue : snapshot.queues()) {
            queue.estimatedWaitSeconds().ifPresent(seconds ->
                    wanted.put(AstDbKeys.estimatedWait(queue.name()), String.valueOf(seconds)));
        }
        for (LiveQueue queue : snapshot.queues()) {
            for (WaitingCaller caller : queue.waiting()) {
                caller.estimatedRemainingSeconds(clock).ifPresent(seconds ->
                        wanted.put(AstDbKeys.callerEstimatedWait(caller.uniqueId()), String.valueOf(seconds)));
            }
        }
        wanted.put(AstDbKeys.BUSY, busyPeriod.includes(now) ? "1" : "0");
        return wanted;
    }
}
