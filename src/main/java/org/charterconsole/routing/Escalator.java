package org.charterconsole.routing;

import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Raises a waiting caller's priority once when its wait nears its class's target
 * ({@link EscalationRule}). Runs on a thread of its own that reads live-state snapshots, so it
 * never blocks the live-state writer or the AMI reader; raises are audited as the system.
 */
@Component
public class Escalator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Escalator.class);
    static final String ACTOR = "system";

    private final LiveQueues liveQueues;
    private final PriorityRaises raises;
    private final Clock clock;
    private final EscalationProperties properties;
    private final EscalationRule rule;
    /** Callers escalated and still waiting; only the escalation thread touches it. */
    private final Set<String> escalated = new HashSet<>();
    private ScheduledExecutorService thread;

    Escalator(LiveQueues liveQueues, PriorityRaises raises, DialplanPriorities dialplan, Clock clock,
              EscalationProperties properties) {
        this.liveQueues = liveQueues;
        this.raises = raises;
        this.clock = clock;
        this.properties = properties;
        this.rule = new EscalationRule(properties.threshold(), dialplan);
    }

    /** One pass over the live queues; returns how many callers it escalated, or raised again after a lost raise. */
    synchronized int escalateDue() {
        LiveSnapshot snapshot = liveQueues.snapshot();
        if (!snapshot.pbxConnected()) {
            // waits shown while the link is down may be stale: escalate from a fresh picture
            return 0;
        }
        Set<String> waiting = snapshot.queues().stream().map(LiveQueue::waiting).flatMap(List::stream)
                .map(EscalationRule::key).collect(Collectors.toSet());
        escalated.retainAll(waiting);
        int restored = raises.restoreLost(snapshot, ACTOR);
        List<Escalation> due = rule.due(snapshot, clock.instant(), escalated);
        for (Escalation escalation : due) {
            escalated.add(EscalationRule.key(escalation.caller()));
            try {
                raises.raise(escalation.caller(), escalation.toPriority(), ACTOR,
                        "waited %s of its %s target (escalation at %d %%)".formatted(
                                minutes(escalation.waitSeconds()), minutes(escalation.targetSeconds()),
                                Math.round(rule.threshold() * 100)));
            } catch (RuntimeException e) {
                log.warn("Could not escalate a caller in {}", escalation.caller().queue(), e);
            }
        }
        return due.size() + restored;
    }

    static String minutes(long seconds) {
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread created = new Thread(work, "routing-escalation");
            created.setDaemon(true);
            return created;
        });
        long period = Math.max(50, properties.checkInterval().toMillis());
        thread.scheduleWithFixedDelay(() -> {
            try {
                escalateDue();
            } catch (RuntimeException e) {
                log.error("Escalation check failed", e);
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
