package org.charterconsole.queue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.charterconsole.pbx.PbxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.charterconsole.queue.PbxEvents.*;

class QueueMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Clock clock = Clock.fixed(at(100), ZoneId.of("Europe/London"));
    private final LiveState live = new LiveState(clock, ServiceTarget::standardFor,
            List.of(new CallOutcomeCounter(registry)));

    QueueMetricsTest() {
        live.start();
        new QueueMetrics(live, clock, registry);
    }

    @AfterEach
    void stop() {
        live.stop();
    }

    private void apply(PbxEvent... events) throws InterruptedException {
        for (PbxEvent event : events) {
            live.accept(event);
        }
        assertThat(live.awaitApplied(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void gaugesShowCallersWaitingAndTheLongestWaitPerQueue() throws InterruptedException {
        apply(joined(10, "housing", "1", 1, 1), joined(40, "housing", "2", 2, 2));

        await().untilAsserted(() -> assertThat(registry.find("console.queue.waiting").tag("queue", "housing")
                .gauge()).isNotNull());
        assertThat(registry.get("console.queue.waiting").tag("queue", "housing").gauge().value()).isEqualTo(2);
        assertThat(registry.get("console.queue.longest.wait.seconds").tag("queue", "housing").gauge().value())
                .isEqualTo(90);
    }

    @Test
    void callsAreCountedOncePerOutcome() throws InterruptedException {
        apply(joined(0, "housing", "1", 1, 1), joined(1, "housing", "2", 2, 2), joined(2, "housing", "3", 3, 3),
                left(10, "housing", "1"), connected(10, "housing", "1", "PJSIP/1", 10),
                completed(50, "housing", "1", "PJSIP/1", 10, 40),
                abandoned(20, "housing", "2", 19), left(20, "housing", "2"));

        assertThat(registry.get("console.calls").tags("queue", "housing", "outcome", "answered").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("console.calls").tags("queue", "housing", "outcome", "abandoned").counter().count())
                .isEqualTo(1);
        assertThat(registry.find("console.calls").tags("outcome", "waiting").counter()).isNull();
    }
}
