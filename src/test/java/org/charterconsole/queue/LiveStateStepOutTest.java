package org.charterconsole.queue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.charterconsole.pbx.PbxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterconsole.queue.PbxEvents.*;

/**
 * A caller taken out of the queue for the periodic wait message (Queue() timeout) and put back at
 * their place is one caller with one wait and one call record; one who hangs up during the message
 * is abandoned once.
 */
class LiveStateStepOutTest {

    private final Clock clock = Clock.fixed(at(600), ZoneId.of("Europe/London"));
    private final List<CallRecord> records = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LiveState live = new LiveState(clock, ServiceTarget::standardFor,
            List.of(records::add, new CallOutcomeCounter(meters)));

    LiveStateStepOutTest() {
        live.start();
    }

    @AfterEach
    void stop() {
        live.stop();
    }

    private LiveSnapshot apply(PbxEvent... events) throws InterruptedException {
        for (PbxEvent event : events) {
            live.accept(event);
        }
        assertThat(live.awaitApplied(Duration.ofSeconds(10))).isTrue();
        return live.snapshot();
    }

    private static List<WaitingCaller> waiting(LiveSnapshot snapshot) {
        return snapshot.queue("general").orElseThrow().waiting();
    }

    private double counted(String outcome) {
        Counter counter = meters.find("console.calls").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private List<CallRecord> recordsOf(String uniqueId) {
        return records.stream().filter(r -> r.uniqueId().equals(uniqueId)).toList();
    }

    private LiveSnapshot threeWaitingAndTheSecondSteppedOut() throws InterruptedException {
        return apply(joined(0, "general", "11", 1, 1), joined(10, "general", "12", 2, 2),
                joined(20, "general", "13", 3, 3), steppedOut(190, "general", "12", 2, 180));
    }

    @Test
    void aCallerHearingTheWaitMessageStillWaitsInTheirPlaceWithTheirFirstJoinTime() throws InterruptedException {
        LiveSnapshot snapshot = threeWaitingAndTheSecondSteppedOut();

        assertThat(waiting(snapshot)).extracting(WaitingCaller::uniqueId).containsExactly("11", "12", "13");
        assertThat(waiting(snapshot).get(1).joinedAt()).isEqualTo(at(10));
        assertThat(recordsOf("12")).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(CallOutcome.WAITING));
    }

    @Test
    void timeoutAndRejoinAreOneCallerWithOneRecordAnsweredWithTheWholeWait() throws InterruptedException {
        threeWaitingAndTheSecondSteppedOut();
        LiveSnapshot back = apply(rejoined(200, "general", "12", 2, 3));
        assertThat(waiting(back)).extracting(WaitingCaller::uniqueId).containsExactly("11", "12", "13");
        assertThat(waiting(back).get(1).joinedAt()).isEqualTo(at(10));

        // app_queue's hold time counts from the rejoin (50 s); the caller waited 240 s
        apply(left(250, "general", "12"), connected(250, "general", "12", "PJSIP/201", 50));

        assertThat(recordsOf("12")).extracting(CallRecord::key).containsOnly(new CallRecord.Key("12", "general"));
        assertThat(recordsOf("12")).extracting(CallRecord::outcome).doesNotContain(CallOutcome.ABANDONED);
        assertThat(counted("abandoned")).isZero();
        assertThat(counted("answered")).isEqualTo(1);
        CallRecord answered = recordsOf("12").get(recordsOf("12").size() - 1);
        assertThat(answered.outcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(answered.joinedAt()).isEqualTo(at(10));
        assertThat(answered.waitSeconds()).isEqualTo(240);
        assertThat(answered.answeredWithinTarget()).isTrue();
    }

    @Test
    void aRejoinedCallerAnsweredLateIsNotWithinTargetByTheHoldTimeOfTheirLastEntry() throws InterruptedException {
        threeWaitingAndTheSecondSteppedOut();
        apply(rejoined(200, "general", "12", 2, 3), steppedOut(380, "general", "12", 2, 180),
                rejoined(390, "general", "12", 1, 2), left(400, "general", "12"),
                connected(400, "general", "12", "PJSIP/201", 10), completed(460, "general", "12", "PJSIP/201", 10, 60));

        CallRecord answered = recordsOf("12").get(recordsOf("12").size() - 1);
        assertThat(answered.waitSeconds()).isEqualTo(390);
        assertThat(answered.answeredWithinTarget()).isFalse();
        assertThat(answered.talkSeconds()).isEqualTo(60);
    }

    @Test
    void aCallerWhoHangsUpDuringTheMessageIsAbandonedOnceWithTheWholeWait() throws InterruptedException {
        threeWaitingAndTheSecondSteppedOut();
        LiveSnapshot after = apply(abandoned(190, "general", "12", 180), left(190, "general", "12"));

        assertThat(waiting(after)).extracting(WaitingCaller::uniqueId).containsExactly("11", "13");
        assertThat(recordsOf("12")).extracting(CallRecord::key).containsOnly(new CallRecord.Key("12", "general"));
        assertThat(recordsOf("12").get(recordsOf("12").size() - 1).outcome()).isEqualTo(CallOutcome.ABANDONED);
        assertThat(counted("abandoned")).isEqualTo(1);
        assertThat(recordsOf("12").get(recordsOf("12").size() - 1).waitSeconds()).isEqualTo(180);
        QueueHistory history = after.history().queues().get("general");
        assertThat(history.abandons()).isBetween(0.5, 1.0);
        // the whole 180 s wait counted once, at the abandon
        assertThat(history.waitedSeconds()).isBetween(100.0, 180.0);
    }

    @Test
    void aQueueStatusWhileTheCallerHearsTheMessageKeepsThemWaitingInTheirPlace() throws InterruptedException {
        threeWaitingAndTheSecondSteppedOut();
        LiveSnapshot resynced = apply(new PbxEvent.LinkDown(at(192), "test"), new PbxEvent.LinkUp(at(194), "22"),
                snapshot(195, status("general", List.of(),
                        entry("general", "11", 1, 195, 0), entry("general", "13", 2, 175, 0))));

        assertThat(waiting(resynced)).extracting(WaitingCaller::uniqueId).containsExactly("11", "12", "13");
        assertThat(recordsOf("12")).extracting(CallRecord::outcome).containsOnly(CallOutcome.WAITING);
    }

    @Test
    void aRejoinLostWithTheLinkIsSeenInTheNextQueueStatusWithTheWaitFromTheFirstJoin() throws InterruptedException {
        threeWaitingAndTheSecondSteppedOut();
        // app_queue's Wait counts from the rejoin at 200
        LiveSnapshot resynced = apply(snapshot(210, status("general", List.of(),
                entry("general", "11", 1, 210, 0), entry("general", "12", 2, 10, 0),
                entry("general", "13", 3, 190, 0))));

        assertThat(waiting(resynced)).extracting(WaitingCaller::uniqueId).containsExactly("11", "12", "13");
        assertThat(waiting(resynced).get(1).joinedAt()).isEqualTo(at(10));

        // no longer stepped out: a later QueueStatus without them means they left unseen
        apply(snapshot(300, status("general", List.of(), entry("general", "11", 1, 300, 0),
                entry("general", "13", 2, 280, 0))));
        assertThat(recordsOf("12").get(recordsOf("12").size() - 1).outcome()).isEqualTo(CallOutcome.UNKNOWN);
    }

    @Test
    void callersAheadAnsweredDuringTheMessageLeaveTheRejoinedCallerWhereAppQueuePutThem() throws InterruptedException {
        threeWaitingAndTheSecondSteppedOut();
        // 11 answered during the message; 12 comes back at position 2 (QUEUEPOSITION), behind 13
        LiveSnapshot back = apply(left(195, "general", "11"), connected(195, "general", "11", "PJSIP/201", 195),
                rejoined(200, "general", "12", 2, 2));

        assertThat(waiting(back)).extracting(WaitingCaller::uniqueId).containsExactly("13", "12");
        assertThat(waiting(back).get(1).joinedAt()).isEqualTo(at(10));
    }
}
