package org.charterconsole.wallboard;

import org.charterconsole.base.time.MovableClock;
import org.charterconsole.queue.FakeLiveQueues;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.WaitingCaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-queue record of callers waiting in 30-second slots over the last hour. */
class WaitingTrendSamplerTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOON);
    private final FakeLiveQueues liveQueues = new FakeLiveQueues(NOON);
    private final WaitingTrendSampler sampler = new WaitingTrendSampler(liveQueues, clock);

    @BeforeEach
    void start() {
        sampler.start();
    }

    @Test
    void aQueueNeverSeenHasNoTrend() {
        assertThat(sampler.trend("benefits").counts()).isEmpty();
    }

    @Test
    void theTrendCoversTheLastHourInThirtySecondSlotsEndingWithTheSlotNow() {
        waiting(2);
        clock.advance(Duration.ofSeconds(75));

        WaitingTrend trend = sampler.trend("benefits");

        assertThat(trend.counts()).hasSize(120);
        assertThat(trend.slotSeconds()).isEqualTo(30);
        assertThat(trend.start()).isEqualTo(Instant.parse("2026-11-30T11:01:30Z"));
        assertThat(last(trend, 4)).containsExactly(WaitingTrend.UNKNOWN, 2, 2, 2);
    }

    @Test
    void aSlotShowsTheMostCallersWaitingAtOnceInIt() {
        waiting(1);
        clock.advance(Duration.ofSeconds(5));
        waiting(4);
        clock.advance(Duration.ofSeconds(5));
        waiting(2);

        assertThat(last(sampler.trend("benefits"), 1)).containsExactly(4);
    }

    @Test
    void aSlotWithoutChangesCarriesTheCountItStartedWith() {
        waiting(3);
        clock.advance(Duration.ofSeconds(40));
        waiting(3);
        waiting(0);
        clock.advance(Duration.ofMinutes(2));

        assertThat(last(sampler.trend("benefits"), 7)).containsExactly(WaitingTrend.UNKNOWN, 3, 3, 0, 0, 0, 0);
    }

    @Test
    void slotsOlderThanAnHourDropOutAndTheirCountCarriesOn() {
        waiting(7);
        clock.advance(Duration.ofMinutes(1));
        waiting(2);
        clock.advance(Duration.ofMinutes(60));

        List<Integer> counts = sampler.trend("benefits").counts();

        assertThat(counts).hasSize(120).doesNotContain(7, WaitingTrend.UNKNOWN).containsOnly(2);
    }

    @Test
    void aCountRecordedOverAnHourAgoStillTellsTheCountSince() {
        waiting(5);
        clock.advance(Duration.ofHours(3));

        assertThat(sampler.trend("benefits").counts()).hasSize(120).containsOnly(5);
    }

    @Test
    void aClockSteppingBackDoesNotRewriteThePast() {
        waiting(1);
        clock.advance(Duration.ofMinutes(2));
        waiting(2);
        clock.advance(Duration.ofMinutes(-1));
        waiting(6);
        clock.advance(Duration.ofMinutes(1));

        assertThat(last(sampler.trend("benefits"), 5)).containsExactly(1, 1, 1, 1, 6);
    }

    @Test
    void everyTabReadsTheSameCountsUntilTheyChange() {
        waiting(2);
        List<Integer> first = sampler.trend("benefits").counts();
        waiting(2);

        assertThat(sampler.trend("benefits").counts()).as("nothing changed: not built again").isSameAs(first);

        waiting(3);
        List<Integer> afterAJoin = sampler.trend("benefits").counts();
        assertThat(afterAJoin.get(afterAJoin.size() - 1)).isEqualTo(3);

        waiting(1);
        assertThat(sampler.trend("benefits").counts()).as("the slot keeps its peak, but its closing count changed")
                .isNotSameAs(afterAJoin).isEqualTo(afterAJoin);

        clock.advance(Duration.ofSeconds(30));
        assertThat(last(sampler.trend("benefits"), 2)).as("a new slot now: the window moved").containsExactly(3, 1);
    }

    @Test
    void stoppingEndsTheSubscription() {
        assertThat(liveQueues.listenerCount()).isEqualTo(1);

        sampler.stop();

        assertThat(liveQueues.listenerCount()).isZero();
    }

    private void waiting(int count) {
        List<WaitingCaller> callers = IntStream.range(0, count).mapToObj(i -> new WaitingCaller("b-" + i, "benefits",
                "PJSIP/trunk-" + i, "0770090000" + i, "", i + 1, 0, clock.instant())).toList();
        LiveQueue queue = new LiveQueue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80, callers,
                LiveQueue.AgentCounts.NONE);
        liveQueues.publish(new LiveSnapshot(clock.instant(), liveQueues.nextVersion(), true, List.of(queue), List.of()));
    }

    private static List<Integer> last(WaitingTrend trend, int n) {
        List<Integer> counts = trend.counts();
        return counts.subList(counts.size() - n, counts.size());
    }
}
