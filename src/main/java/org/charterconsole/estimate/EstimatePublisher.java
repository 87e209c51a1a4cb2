package org.charterconsole.estimate;

import org.charterconsole.pbx.AstDbKeys;
import org.charterconsole.pbx.PbxCommands;
import org.charterconsole.pbx.PbxLink;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the AstDB keys the dialplan reads to tell callers how long they could wait: {@code console/ewt/<queue>}
 * (seconds, for a caller joining now) and {@code console/busy}. Checked every second; what is written
 * and when is {@link AstDbWrites}'s rule. Nothing is sent while the link is down, and everything is
 * written again once it is back.
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
        }
        Instant now = clock.instant();
        writes.due(wanted(live.snapshot(), now), now).forEach((key, value) ->
                pbx.putDatabase(AstDbKeys.FAMILY, key, value).whenComplete((result, failure) -> {
                    if (failure != null || !result.success()) {
                        writes.failed(key, value);
                        log.warn("AstDB {} not written: {}", AstDbKeys.path(key),
                                failure != null ? failure.toString() : result.message());
                    }
                }));
    }

    private Map<String, String> wanted(LiveSnapshot snapshot, Instant now) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (LiveQueue queue : snapshot.queues()) {
            queue.estimatedWaitSeconds().ifPresent(seconds ->
                    wanted.put(AstDbKeys.estimatedWait(queue.name()), String.valueOf(seconds)));
        }
        wanted.put(AstDbKeys.BUSY, busyPeriod.includes(now) ? "1" : "0");
        return wanted;
    }
}
