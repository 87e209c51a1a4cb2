package org.charterconsole.queue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-queue gauges for Prometheus: {@code console_queue_waiting{queue}} and
 * {@code console_queue_longest_wait_seconds{queue}}, read from the latest live snapshot.
 */
@Component
public class QueueMetrics {

    private final LiveQueues live;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    QueueMetrics(LiveQueues live, Clock clock, MeterRegistry registry) {
        this.live = live;
        this.clock = clock;
        this.registry = registry;
        live.subscribe(this::registerNewQueues);
        registerNewQueues(live.snapshot());
    }

    private void registerNewQueues(LiveSnapshot snapshot) {
        for (LiveQueue queue : snapshot.queues()) {
            if (registered.add(queue.name())) {
                String name = queue.name();
                Gauge.builder("console.queue.waiting", () -> waiting(name))
                        .description("Callers waiting in the queue now")
                        .tag("queue", name).register(registry);
                Gauge.builder("console.queue.longest.wait.seconds", () -> longestWait(name))
                        .description("Wait of the longest-waiting caller in the queue now")
                        .tag("queue", name).register(registry);
            }
        }
    }

    private int waiting(String queue) {
        return live.snapshot().queue(queue).map(q -> q.waiting().size()).orElse(0);
    }

    private long longestWait(String queue) {
        return live.snapshot().queue(queue)
                .flatMap(q -> q.waiting().stream().map(c -> c.waitSeconds(clock)).max(Long::compare))
                .orElse(0L);
    }
}
