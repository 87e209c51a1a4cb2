package org.charterconsole.queue;

import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.QueueMember;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HistoryTrackerTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    private final HistoryTracker tracker = new HistoryTracker();

    @Test
    void turnaroundCountsOnlyGapsWhereTheNextCallerWasAlreadyWaiting() {
        // Agent 1 ends a call and answers, 30 s later, a caller who had waited a minute: wrap-up and ring.
        tracker.apply(completed(T0, "PJSIP/2001", "c1"));
        tracker.apply(connected(T0.plusSeconds(30), "PJSIP/2001", "c2", 60, 5));
        // Agent 2 sat idle for 100 s until a caller came, who was answered after 5 s: not a turnaround.
        tracker.apply(completed(T0, "PJSIP/2002", "c3"));
        tracker.apply(connected(T0.plusSeconds(100), "PJSIP/2002", "c4", 5, 5));

        LiveHistory history = tracker.history(T0.plusSeconds(100));

        assertThat(history.turnaroundSamples()).isEqualTo(1);
        assertThat(history.turnaroundSeconds()).isCloseTo(30, within(0.01));
    }

    @Test
    void ringTimeIsTheMeanOfAnsweredCalls() {
        tracker.apply(connected(T0, "PJSIP/2001", "c1", 4, 4));
        tracker.apply(connected(T0, "PJSIP/2002", "c2", 9, 8));

        LiveHistory history = tracker.history(T0);

        assertThat(history.ringSamples()).isEqualTo(2);
        assertThat(history.ringSeconds()).isCloseTo(6, within(0.01));
    }

    @Test
    void aPauseThatGoesOnWithAnotherReasonEndsWhereTheReasonChanges() {
        tracker.apply(paused(T0, true, "wrap-up"));
        tracker.apply(paused(T0.plusSeconds(20), true, "break"));
        tracker.apply(paused(T0.plusSeconds(620), false, ""));

        LiveHistory history = tracker.history(T0.plusSeconds(620));

        assertThat(history.pauseSecondsByReason()).containsEntry("wrap-up", 20.0).containsEntry("break", 600.0);
    }

    @Test
    void abandonsAndWaitingAreSplitByHowLongCallersHadWaited() {
        tracker.apply(new PbxEvent.CallerAbandoned(T0, "housing", "a", 1, 1, 10));
        tracker.apply(connected(T0, "PJSIP/2001", "b", 50, 5));
        tracker.apply(new PbxEvent.CallerAbandoned(T0, "housing", "c", 1, 1, 200));

        QueueHistory housing = tracker.history(T0).queue("housing");

        assertThat(housing.abandons()).isCloseTo(2, within(1e-9));
        assertThat(housing.waitedSeconds()).isCloseTo(260, within(1e-9));
        assertThat(housing.patience()).containsExactly(
                new QueueHistory.WaitBand(0, 1, 10 + 30 + 30),
                new QueueHistory.WaitBand(30, 0, 20 + 90),
                new QueueHistory.WaitBand(120, 1, 80));
    }

    private static PbxEvent completed(Instant at, String agent, String uniqueId) {
        return new PbxEvent.AgentCompleted(at, "housing", uniqueId, agent, agent, 10, 200, "agent");
    }

    private static PbxEvent connected(Instant at, String agent, String uniqueId, long held, long rang) {
        return new PbxEvent.AgentConnected(at, "housing", uniqueId, agent, agent, held, rang);
    }

    private static PbxEvent paused(Instant at, boolean paused, String reason) {
        return new PbxEvent.MemberUpdated(at, new QueueMember("housing", "PJSIP/2001", "Aisha Khan", true, paused,
                reason, 1, false, 3));
    }
}
