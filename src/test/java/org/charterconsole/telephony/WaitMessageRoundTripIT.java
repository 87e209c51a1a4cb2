package org.charterconsole.telephony;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.charterconsole.base.time.SimulatedClock;
import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.PbxProperties;
import org.charterconsole.queue.CallOutcome;
import org.charterconsole.queue.CallRecord;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveState;
import org.charterconsole.queue.ServiceTarget;
import org.charterconsole.queue.WaitingCaller;
import org.charterconsole.simulator.PbxSimulator;
import org.charterconsole.simulator.SimulatorProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The simulator plays the shipped dialplan's periodic wait message over real AMI (Queue() timeout,
 * abandon, leave, QUEUESTATUS=TIMEOUT, the same queue again); the console, through asterisk-java
 * and the live state, keeps one caller with one wait and one call record.
 */
class WaitMessageRoundTripIT {

    private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 11, 30, 10, 0);
    /** Simulated seconds per real second: a 60 s wait message every 6 s of the test. */
    private static final double TIME_SCALE = 10;
    private static final String QUEUE = "housing";

    private final SimulatedClock clock = SimulatedClock.startingAt(MONDAY_TEN, TIME_SCALE);
    private final PbxSimulator simulator = new PbxSimulator(
            SimulatorProperties.manual(MONDAY_TEN).withWaitMessageEvery(60), clock).start();
    private final List<CallRecord> records = new CopyOnWriteArrayList<>();
    private final RecordingSink events = new RecordingSink();
    private final LiveState live = new LiveState(clock, ServiceTarget::standardFor, List.of(records::add));
    private AmiConnection connection;

    @BeforeEach
    void connect() {
        live.start();
        PbxProperties properties = new PbxProperties(PbxProperties.Mode.SIMULATOR, "127.0.0.1", 0, null, null,
                Duration.ofSeconds(20), Duration.ofHours(1), Duration.ofMillis(50), Duration.ofMillis(400),
                Duration.ofSeconds(45));
        connection = new AmiConnection(simulator.endpoint(), properties, List.of(live, events), clock,
                new SimpleMeterRegistry());
        connection.start();
        await().until(() -> !events.events(PbxEvent.QueueStatusSnapshot.class).isEmpty());
    }

    @AfterEach
    void stop() {
        connection.stop();
        live.stop();
        simulator.close();
    }

    private Optional<WaitingCaller> waiting(String uniqueId) {
        return live.snapshot().queue(QUEUE).map(LiveQueue::waiting).orElse(List.of()).stream()
                .filter(c -> c.uniqueId().equals(uniqueId)).findFirst();
    }

    private List<CallRecord> recordsOf(String uniqueId) {
        return records.stream().filter(r -> r.uniqueId().equals(uniqueId)).toList();
    }

    private Instant joinedAt(String uniqueId) {
        return events.events(PbxEvent.CallerJoined.class).stream().filter(j -> j.uniqueId().equals(uniqueId))
                .findFirst().orElseThrow().at();
    }

    @Test
    void aCallerWhoHearsTheWaitMessageAndComesBackIsOneCallerAnsweredWithTheWholeWait() {
        String caller = simulator.joinCaller(QUEUE, "07700900041", 0);

        await().until(() -> events.events(PbxEvent.CallerRejoined.class).stream()
                .anyMatch(r -> r.uniqueId().equals(caller)));
        assertThat(events.events(PbxEvent.CallerSteppedOut.class)).filteredOn(s -> s.uniqueId().equals(caller))
                .singleElement().satisfies(s -> assertThat(s.position()).isEqualTo(1));
        await().until(() -> waiting(caller).isPresent());
        assertThat(waiting(caller).orElseThrow().joinedAt()).isEqualTo(joinedAt(caller));

        simulator.addMember(QUEUE, "PJSIP/2041", "Sam Jones");
        simulator.answerNext("PJSIP/2041");

        await().until(() -> !recordsOf(caller).isEmpty()
                && recordsOf(caller).get(recordsOf(caller).size() - 1).outcome() == CallOutcome.ANSWERED);
        CallRecord answered = recordsOf(caller).get(recordsOf(caller).size() - 1);
        assertThat(answered.joinedAt()).isEqualTo(joinedAt(caller));
        // app_queue's HoldTime counts from the return; the record counts from the first join
        assertThat(answered.waitSeconds()).isGreaterThanOrEqualTo(60 + 12);
        assertThat(recordsOf(caller)).extracting(CallRecord::outcome).doesNotContain(CallOutcome.ABANDONED);
        assertThat(events.events(PbxEvent.CallerAbandoned.class)).noneMatch(a -> a.uniqueId().equals(caller));
        assertThat(events.events(PbxEvent.CallerJoined.class)).filteredOn(j -> j.uniqueId().equals(caller)).hasSize(1);
    }

    @Test
    void aCallerWhoHangsUpDuringTheWaitMessageIsAbandonedOnce() {
        String caller = simulator.joinCaller(QUEUE, "07700900042", 0);
        await().until(() -> events.events(PbxEvent.CallerSteppedOut.class).stream()
                .anyMatch(s -> s.uniqueId().equals(caller)));

        simulator.hangUp(caller);

        await().until(() -> !recordsOf(caller).isEmpty()
                && recordsOf(caller).get(recordsOf(caller).size() - 1).outcome() == CallOutcome.ABANDONED);
        assertThat(events.events(PbxEvent.CallerAbandoned.class)).filteredOn(a -> a.uniqueId().equals(caller))
                .hasSize(1);
        assertThat(events.events(PbxEvent.CallerRejoined.class)).noneMatch(r -> r.uniqueId().equals(caller));
        assertThat(waiting(caller)).isEmpty();
    }

    @Test
    void aCallerStillWaitingAfterSeveralMessagesIsStillOneCallerKeptThroughQueueStatus() {
        String caller = simulator.joinCaller(QUEUE, "07700900043", 0);

        await().atMost(Duration.ofSeconds(30)).until(() -> events.events(PbxEvent.CallerRejoined.class).stream()
                .filter(r -> r.uniqueId().equals(caller)).count() >= 2);
        connection.requestResync();
        await().until(() -> events.events(PbxEvent.QueueStatusSnapshot.class).size() >= 2);

        assertThat(waiting(caller)).hasValueSatisfying(w -> assertThat(w.joinedAt()).isEqualTo(joinedAt(caller)));
        assertThat(recordsOf(caller)).extracting(CallRecord::outcome).containsOnly(CallOutcome.WAITING);
    }
}
