package org.charterconsole.estimate;

import org.charterconsole.base.time.MovableClock;
import org.charterconsole.pbx.PbxCommands;
import org.charterconsole.pbx.PbxLink;
import org.charterconsole.pbx.UnusedPbxCommands;
import org.charterconsole.queue.FakeLiveQueues;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.WaitingCaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class EstimatePublisherTest {

    /** 10:00 in London on a winter Monday. */
    private static final Instant MORNING = Instant.parse("2026-11-30T10:00:00Z");

    private final MovableClock clock = new MovableClock(MORNING);
    private final FakeLiveQueues live = new FakeLiveQueues(MORNING);
    private final List<String> puts = new ArrayList<>();
    private final List<String> deletes = new ArrayList<>();
    private final FakeLink link = new FakeLink();
    private boolean pbxRefuses;
    private EstimatePublisher publisher;

    @BeforeEach
    void publisher() {
        PbxCommands pbx = new RecordingPbx();
        publisher = new EstimatePublisher(live, link, pbx, clock, TestEstimateProperties.defaults());
    }

    @Test
    void theFirstRoundWritesEveryQueuesEstimateAndTheBusyFlag() {
        showEstimates(120, 400);

        publisher.publish();

        assertThat(puts).containsExactly("console/ewt/housing=120", "console/ewt/waste=400", "console/busy=0");
    }

    @Test
    void aSmallChangeWaitsButAMaterialOneIsWrittenAtOnce() {
        showEstimates(200, 400);
        publisher.publish();
        puts.clear();

        showEstimates(220, 400);
        clock.advance(Duration.ofSeconds(5));
        publisher.publish();
        assertThat(puts).isEmpty();

        showEstimates(231, 340);
        clock.advance(Duration.ofSeconds(5));
        publisher.publish();
        assertThat(puts).containsExactly("console/ewt/housing=231", "console/ewt/waste=340");
    }

    @Test
    void aChangeOfAFifthIsMaterialForShortWaits() {
        showEstimates(100, 400);
        publisher.publish();
        puts.clear();

        showEstimates(119, 400);
        publisher.publish();
        assertThat(puts).isEmpty();

        showEstimates(120, 400);
        publisher.publish();
        assertThat(puts).containsExactly("console/ewt/housing=120");
    }

    @Test
    void everyKeyIsWrittenAgainAfterThirtySecondsEvenWhenNothingChanged() {
        showEstimates(120, 400);
        publisher.publish();
        puts.clear();

        clock.advance(Duration.ofSeconds(29));
        publisher.publish();
        assertThat(puts).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        publisher.publish();
        assertThat(puts).containsExactly("console/ewt/housing=120", "console/ewt/waste=400", "console/busy=0");
    }

    @Test
    void afterAReconnectEverythingIsWrittenAgainAtOnce() {
        showEstimates(120, 400);
        publisher.publish();
        puts.clear();

        link.connected = false;
        clock.advance(Duration.ofSeconds(3));
        publisher.publish();
        assertThat(puts).as("nothing is sent while the link is down").isEmpty();

        link.connected = true;
        link.since = Optional.of(clock.instant());
        publisher.publish();
        assertThat(puts).containsExactly("console/ewt/housing=120", "console/ewt/waste=400", "console/busy=0");
    }

    @Test
    void aWriteThePbxRefusedIsTriedAgainOnTheNextRound() {
        showEstimates(120, 400);
        pbxRefuses = true;
        publisher.publish();
        pbxRefuses = false;
        puts.clear();

        clock.advance(Duration.ofSeconds(1));
        publisher.publish();

        assertThat(puts).containsExactly("console/ewt/housing=120", "console/ewt/waste=400", "console/busy=0");
    }

    @Test
    void theBusyFlagIsSetFromNoonToTwoLondonTime() {
        showEstimates(120, 400);
        clock.advance(Duration.ofHours(2).minusSeconds(1));
        publisher.publish();
        assertThat(puts).contains("console/busy=0");

        puts.clear();
        clock.advance(Duration.ofSeconds(1));
        publisher.publish();
        assertThat(puts).containsExactly("console/busy=1");

        puts.clear();
        clock.advance(Duration.ofHours(2));
        publisher.publish();
        assertThat(puts).contains("console/busy=0");
    }

    @Test
    void aQueueNotYetEstimatedIsLeftAlone() {
        live.publish(new LiveSnapshot(clock.instant(), live.nextVersion(), true, List.of(
                new LiveQueue("housing", "Housing", PriorityClass.STANDARD, 300, 80, List.of(),
                        LiveQueue.AgentCounts.NONE)), List.of()));

        publisher.publish();

        assertThat(puts).containsExactly("console/busy=0");
    }

    @Test
    void eachWaitingCallerHasTheWaitStillAheadOfThemUntilTheyLeave() {
        showCallers(caller("1.11", 200), caller("1.12", 500));
        publisher.publish();
        assertThat(puts).containsExactly("console/ewt/housing=600", "console/ewt-caller/1.11=200",
                "console/ewt-caller/1.12=500", "console/busy=0");
        puts.clear();

        // nine seconds on, the same answer times: less ahead, but not materially less
        clock.advance(Duration.ofSeconds(9));
        showCallers(caller("1.11", 191), caller("1.12", 491));
        publisher.publish();
        assertThat(puts).isEmpty();

        // the first is answered; the second's answer is now expected much sooner
        showCallers(caller("1.12", 300));
        publisher.publish();
        assertThat(puts).containsExactly("console/ewt-caller/1.12=300");
        assertThat(deletes).containsExactly("console/ewt-caller/*", "console/ewt-caller/1.11");
    }

    @Test
    void aCallerNotYetEstimatedHasNoKeyAndNothingIsDeletedForThem() {
        showCallers(new WaitingCaller("1.13", "housing", "Local/1", "07700900013", "Caller", 1, 0, clock.instant()));
        publisher.publish();
        showCallers();
        publisher.publish();

        assertThat(puts).noneMatch(put -> put.startsWith("console/ewt-caller/"));
        assertThat(deletes).containsExactly("console/ewt-caller/*");
    }

    @Test
    void afterAReconnectTheCallersKeysAreClearedBeforeTheyAreWrittenAgain() {
        showCallers(caller("1.11", 200));
        publisher.publish();
        puts.clear();
        deletes.clear();

        link.since = Optional.of(clock.instant());
        publisher.publish();

        assertThat(deletes).containsExactly("console/ewt-caller/*");
        assertThat(puts).contains("console/ewt-caller/1.11=200");
    }

    private WaitingCaller caller(String uniqueId, long secondsAhead) {
        return new WaitingCaller(uniqueId, "housing", "Local/" + uniqueId, "07700900011", "Caller", 1, 0,
                clock.instant().minusSeconds(60), Optional.of(clock.instant().plusSeconds(secondsAhead)));
    }

    private void showCallers(WaitingCaller... waiting) {
        live.publish(new LiveSnapshot(clock.instant(), live.nextVersion(), true, List.of(
                new LiveQueue("housing", "Housing", PriorityClass.STANDARD, 300, 80, List.of(waiting),
                        LiveQueue.AgentCounts.NONE, Optional.of(600L))), List.of()));
    }

    private void showEstimates(long housing, long waste) {
        live.publish(new LiveSnapshot(clock.instant(), live.nextVersion(), true, Arrays.asList(
                queue("housing", housing), queue("waste", waste)), List.of()));
    }

    private static LiveQueue queue(String name, long estimate) {
        return new LiveQueue(name, name, PriorityClass.STANDARD, 300, 80, List.of(), LiveQueue.AgentCounts.NONE,
                Optional.of(estimate));
    }

    private static final class FakeLink implements PbxLink {
        boolean connected = true;
        Optional<Instant> since = Optional.of(MORNING.minusSeconds(3600));

        @Override
        public Status status() {
            return new Status("simulator", connected, since, 0, Optional.empty());
        }
    }

    private final class RecordingPbx extends UnusedPbxCommands {
        @Override
        public CompletableFuture<CommandResult> putDatabase(String family, String key, String value) {
            puts.add(family + "/" + key + "=" + value);
            return CompletableFuture.completedFuture(pbxRefuses ? CommandResult.failed("Failed to update entry")
                    : CommandResult.ok("Updated database successfully"));
        }

        @Override
        public CompletableFuture<CommandResult> deleteDatabase(String family, String key) {
            deletes.add(family + "/" + key);
            return CompletableFuture.completedFuture(CommandResult.ok("Key deleted successfully"));
        }

        @Override
        public CompletableFuture<CommandResult> deleteDatabaseTree(String family, String key) {
            deletes.add(family + "/" + key + "/*");
            return CompletableFuture.completedFuture(CommandResult.ok("Key tree deleted successfully"));
        }
    }
}
