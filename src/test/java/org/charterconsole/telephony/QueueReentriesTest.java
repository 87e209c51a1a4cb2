package org.charterconsole.telephony;

import org.charterconsole.pbx.PbxEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The order and timing rules of {@link QueueReentries}, event by event. */
class QueueReentriesTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration REJOIN_GRACE = Duration.ofSeconds(45);

    private final List<PbxEvent> out = new ArrayList<>();
    private final QueueReentries reentries = new QueueReentries(out::add, QueueReentries.STATUS_GRACE, REJOIN_GRACE,
            Duration.ZERO);

    private static Instant at(long second) {
        return T0.plusSeconds(second);
    }

    private void abandonAndLeave(long second, String uniqueId) {
        reentries.offer(new PbxEvent.CallerAbandoned(at(second), "housing", uniqueId, 3, 3, 180));
        reentries.offer(new PbxEvent.CallerLeft(at(second), "housing", uniqueId, 3, 4));
    }

    private static PbxEvent.CallerJoined join(long second, String queue, String uniqueId) {
        return new PbxEvent.CallerJoined(at(second), queue, uniqueId, "PJSIP/trunk-1", "07700900001", "Caller", 3, 5);
    }

    private List<String> names() {
        return out.stream().map(e -> e.getClass().getSimpleName()).toList();
    }

    @Test
    void aHangUpIsPassedOnOnceTheStatusGraceIsOverWithItsOwnTimes() {
        abandonAndLeave(0, "1.1");
        reentries.expire(at(1));
        assertThat(out).isEmpty();

        reentries.expire(at(2));
        assertThat(names()).containsExactly("CallerAbandoned", "CallerLeft");
        assertThat(out).allSatisfy(e -> assertThat(e.at()).isEqualTo(at(0)));
        assertThat(reentries.holding()).isZero();
    }

    @Test
    void aWithdrawalIsPassedOnAtOnce() {
        abandonAndLeave(0, "1.1");
        reentries.queueStatus("1.1", "WITHDRAW", at(0));

        assertThat(names()).containsExactly("CallerAbandoned", "CallerLeft");
    }

    @Test
    void aTimeoutIsASteppingOutAndTheReturnARejoinWithNothingAbandoned() {
        abandonAndLeave(0, "1.1");
        reentries.queueStatus("1.1", "TIMEOUT", at(0));
        reentries.expire(at(44));
        reentries.offer(join(12, "housing", "1.1"));
        reentries.expire(at(600));

        assertThat(out).containsExactly(new PbxEvent.CallerSteppedOut(at(0), "housing", "1.1", 3, 180),
                new PbxEvent.CallerRejoined(at(12), "housing", "1.1", "PJSIP/trunk-1", "07700900001", "Caller", 3, 5));
    }

    @Test
    void noReturnWithinTheRejoinGraceIsAnAbandon() {
        abandonAndLeave(0, "1.1");
        reentries.queueStatus("1.1", "TIMEOUT", at(0));
        reentries.expire(at(44));
        assertThat(names()).containsExactly("CallerSteppedOut");

        reentries.expire(at(45));
        assertThat(names()).containsExactly("CallerSteppedOut", "CallerAbandoned", "CallerLeft");
    }

    @Test
    void aReentryRefusedByAppQueueIsAnAbandonAtOnce() {
        abandonAndLeave(0, "1.1");
        reentries.queueStatus("1.1", "TIMEOUT", at(0));
        reentries.queueStatus("1.1", "JOINUNAVAIL", at(11));

        assertThat(names()).containsExactly("CallerSteppedOut", "CallerAbandoned", "CallerLeft");
    }

    @Test
    void joiningAnotherQueueIsNoReturn() {
        abandonAndLeave(0, "1.1");
        reentries.queueStatus("1.1", "TIMEOUT", at(0));
        reentries.offer(join(12, "general-enquiries", "1.1"));

        assertThat(names()).containsExactly("CallerSteppedOut", "CallerAbandoned", "CallerLeft", "CallerJoined");
    }

    @Test
    void otherCallersEventsPassWhileOneIsHeldAndTheHeldCallersOwnEventsComeAfterTheirAbandon() {
        abandonAndLeave(0, "1.1");
        reentries.offer(join(1, "housing", "1.2"));
        reentries.offer(new PbxEvent.CallbackRequested(at(1), "1.1", "housing", "07700900001"));

        assertThat(names()).containsExactly("CallerJoined", "CallerAbandoned", "CallerLeft", "CallbackRequested");
    }

    @Test
    void aQueueStatusShowingASteppedOutCallerBackEndsTheHoldWithoutAnAbandon() {
        abandonAndLeave(0, "1.1");
        reentries.queueStatus("1.1", "TIMEOUT", at(0));
        PbxEvent.QueueStatusSnapshot snapshot = new PbxEvent.QueueStatusSnapshot(at(20), List.of(
                new PbxEvent.QueueStatus("housing", 0, 0, 0, 0, 0, List.of(), List.of(new PbxEvent.QueueEntry(
                        "housing", "1.1", "PJSIP/trunk-1", "07700900001", "Caller", 3, 8, 0)))));
        reentries.snapshot(snapshot);
        reentries.expire(at(600));

        assertThat(out).containsExactly(new PbxEvent.CallerSteppedOut(at(0), "housing", "1.1", 3, 180), snapshot);
    }
}
