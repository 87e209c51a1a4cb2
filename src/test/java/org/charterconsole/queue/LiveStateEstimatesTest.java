package org.charterconsole.queue;

import org.charterconsole.pbx.PbxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterconsole.queue.PbxEvents.*;

/** The live state asks its estimator after changes and keeps each caller's first estimate on the call record. */
class LiveStateEstimatesTest {

    private final Clock clock = Clock.fixed(at(600), ZoneId.of("Europe/London"));
    private final List<CallRecord> records = new CopyOnWriteArrayList<>();
    /** Every caller is told this many seconds are left, and every queue the same for a joiner. */
    private final AtomicLong remaining = new AtomicLong(90);
    private final WaitEstimator estimator = snapshot -> {
        Map<CallRecord.Key, Long> callers = new HashMap<>();
        Map<String, Long> joining = new HashMap<>();
        snapshot.queues().forEach(queue -> {
            queue.waiting().forEach(caller -> callers.put(caller.key(), remaining.get()));
            joining.put(queue.name(), remaining.get() * 2);
        });
        return new WaitEstimates(callers, joining);
    };
    private final LiveState live = new LiveState(clock, ServiceTarget::standardFor, List.of(records::add),
            Optional.of(estimator), Duration.ZERO);

    LiveStateEstimatesTest() {
        live.start();
    }

    @AfterEach
    void stop() {
        live.stop();
    }

    @Test
    void snapshotsCarryEachCallersExpectedAnswerTimeAndTheWaitForAJoiner() throws InterruptedException {
        LiveSnapshot snapshot = apply(joined(590, "housing", "h-1", 1, 1));

        LiveQueue housing = snapshot.queue("housing").orElseThrow();
        assertThat(housing.waiting().get(0).expectedAnswerAt()).contains(at(600).plusSeconds(90));
        assertThat(housing.estimatedWaitSeconds()).contains(180L);
    }

    @Test
    void theCallRecordKeepsTheFirstEstimateFromJoiningToAnswer() throws InterruptedException {
        apply(joined(590, "housing", "h-1", 1, 1));
        remaining.set(400);
        apply(joined(595, "housing", "h-2", 2, 2));
        apply(connected(600, "housing", "h-1", "PJSIP/2001", 10));

        CallRecord answered = lastRecordOf("h-1");
        assertThat(answered.outcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(answered.estimatedWaitSeconds()).as("10 s waited when first estimated, 90 s to go").contains(100L);
        assertThat(lastRecordOf("h-2").estimatedWaitSeconds()).contains(405L);
    }

    @Test
    void aReplayedJoinDoesNotChangeTheEstimateKept() throws InterruptedException {
        apply(joined(590, "housing", "h-1", 1, 1));
        remaining.set(1000);
        apply(joined(590, "housing", "h-1", 1, 1), new PbxEvent.QueueStatusSnapshot(at(600),
                List.of(status("housing", List.of(), entry("housing", "h-1", 1, 10, 0)))));

        assertThat(records).filteredOn(r -> r.uniqueId().equals("h-1"))
                .extracting(CallRecord::estimatedWaitSeconds).containsOnly(Optional.empty(), Optional.of(100L));
        assertThat(lastRecordOf("h-1").estimatedWaitSeconds()).contains(100L);
    }

    @Test
    void changesReachViewsWhileTheEstimatorWorksAndItsEstimatesFollow() throws InterruptedException {
        CountDownLatch estimating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WaitEstimator slow = snapshot -> {
            estimating.countDown();
            awaitQuietly(release);
            return estimator.estimate(snapshot);
        };
        LiveState slowLive = new LiveState(clock, ServiceTarget::standardFor, List.of(), Optional.of(slow),
                Duration.ofMillis(1));
        CountDownLatch secondShown = new CountDownLatch(1);
        CountDownLatch estimated = new CountDownLatch(1);
        slowLive.subscribe(snapshot -> snapshot.queue("housing").ifPresent(queue -> {
            if (queue.waiting().size() == 2) {
                secondShown.countDown();
            }
            if (queue.waiting().stream().anyMatch(caller -> caller.expectedAnswerAt().isPresent())) {
                estimated.countDown();
            }
        }));
        slowLive.start();
        try {
            slowLive.accept(joined(590, "housing", "h-1", 1, 1));
            assertThat(estimating.await(10, TimeUnit.SECONDS)).as("the estimator was asked").isTrue();
            slowLive.accept(joined(595, "housing", "h-2", 2, 2));
            assertThat(secondShown.await(10, TimeUnit.SECONDS)).as("a later caller shown while the estimator works")
                    .isTrue();
            assertThat(estimated.getCount()).as("no estimate before the estimator finished").isEqualTo(1);
            release.countDown();
            assertThat(estimated.await(10, TimeUnit.SECONDS)).as("its estimates reach the views afterwards").isTrue();
        } finally {
            release.countDown();
            slowLive.stop();
        }
    }

    @Test
    void estimatesWorkedOutEarlierCountTheTimeSincePictureWasTaken() {
        CallRecord.Key caller = new CallRecord.Key("h-1", "housing");
        var result = new BackgroundEstimates.Result(at(600),
                new WaitEstimates(Map.of(caller, 90L), Map.of("housing", 180L)));

        WaitEstimates later = result.seenFrom(at(630));

        assertThat(later.remaining(caller)).contains(60L);
        assertThat(later.joiningNow("housing")).as("a newcomer's wait is for now").contains(180L);
        assertThat(result.seenFrom(at(800)).remaining(caller)).contains(0L);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LiveSnapshot apply(PbxEvent... events) throws InterruptedException {
        for (PbxEvent event : events) {
            live.accept(event);
        }
        assertThat(live.awaitApplied(Duration.ofSeconds(10))).isTrue();
        return live.snapshot();
    }

    private CallRecord lastRecordOf(String uniqueId) {
        return records.stream().filter(r -> r.uniqueId().equals(uniqueId)).reduce((a, b) -> b).orElseThrow();
    }
}
