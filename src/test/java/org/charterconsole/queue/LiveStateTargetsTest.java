package org.charterconsole.queue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.charterconsole.queue.PbxEvents.at;
import static org.charterconsole.queue.PbxEvents.joined;

/** A change of a service's targets reaches the snapshots, and every listener, without waiting for the PBX. */
class LiveStateTargetsTest {

    private final Clock clock = Clock.fixed(at(600), ZoneId.of("Europe/London"));
    private volatile ServiceTarget housing = new ServiceTarget("housing", "Housing", PriorityClass.STANDARD, 300, 80);
    private final LiveState live = new LiveState(clock, queue -> queue.equals("housing") ? housing
            : ServiceTarget.standardFor(queue), List.of());
    private final List<LiveSnapshot> pushed = new CopyOnWriteArrayList<>();

    LiveStateTargetsTest() {
        live.start();
        live.subscribe(pushed::add);
    }

    @AfterEach
    void stop() {
        live.stop();
    }

    @Test
    void aNewTargetIsPushedAtOnceWithoutAnyPbxEvent() throws InterruptedException {
        live.accept(joined(0, "housing", "h-1", 1, 1));
        assertThat(live.awaitApplied(Duration.ofSeconds(10))).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !pushed.isEmpty());
        assertThat(live.snapshot().queue("housing").orElseThrow().answerWithinSeconds()).isEqualTo(300);

        housing = new ServiceTarget("housing", "Housing and Homelessness", PriorityClass.PRIORITY, 120, 90);
        live.targetsChanged(new ServiceTargetsChanged(clock.instant()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pushed.get(pushed.size() - 1)
                .queue("housing").orElseThrow())
                .extracting(LiveQueue::service, LiveQueue::priorityClass, LiveQueue::answerWithinSeconds,
                        LiveQueue::answeredTargetPercent)
                .containsExactly("Housing and Homelessness", PriorityClass.PRIORITY, 120, 90));
        assertThat(live.snapshot().queue("housing").orElseThrow().waiting()).extracting(WaitingCaller::uniqueId)
                .containsExactly("h-1");
    }
}
