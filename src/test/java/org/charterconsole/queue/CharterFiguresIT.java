package org.charterconsole.queue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

@QueueDatabaseTest
class CharterFiguresIT {

    /** 14:00 London in winter; the day began at 00:00 UTC. */
    private static final Instant NOW = Instant.parse("2031-01-15T14:00:00Z");

    private final CallRecordStore store;
    private final CallFigures figures;

    @Autowired
    CharterFiguresIT(CallRecordStore store, CallFigures figures) {
        this.store = store;
        this.figures = figures;
    }

    private static CallRecord call(String id, String queue, Instant joinedAt, CallOutcome outcome, long wait,
                                   boolean withinTarget) {
        return new CallRecord(id, queue, "07700900123", queue, PriorityClass.PRIORITY, joinedAt,
                Optional.of(joinedAt.plusSeconds(wait)), outcome, wait, outcome == CallOutcome.ANSWERED ? 200 : 0,
                Optional.empty(), withinTarget);
    }

    private static LiveQueues liveWith(LiveQueue... queues) {
        return new LiveQueues() {
            @Override
            public LiveSnapshot snapshot() {
                return new LiveSnapshot(NOW, 1, true, List.of(queues), List.of());
            }

            @Override
            public Subscription subscribe(Consumer<LiveSnapshot> listener) {
                return () -> { };
            }
        };
    }

    @Test
    void countsTodaysCallsByTheCharterDefinitions() {
        String q = "figures-" + System.nanoTime();
        Instant morning = NOW.minusSeconds(4 * 3600);
        store.upsert(List.of(
                call("a1", q, morning, CallOutcome.ANSWERED, 60, true),
                call("a2", q, morning, CallOutcome.ANSWERED, 90, true),
                call("a3", q, morning, CallOutcome.ANSWERED, 100, true),
                call("a4", q, morning, CallOutcome.ANSWERED, 400, false),
                call("b1", q, morning, CallOutcome.ABANDONED, 30, false),
                call("b2", q, morning, CallOutcome.ABANDONED, 10, false),
                call("c1", q, morning, CallOutcome.CALLBACK, 50, false),
                call("u1", q, morning, CallOutcome.UNKNOWN, 50, false),
                call("w1", q, morning, CallOutcome.WAITING, 0, false),
                call("y1", q, Instant.parse("2031-01-14T23:59:00Z"), CallOutcome.ANSWERED, 10, true)));
        WaitingCaller waiting = new WaitingCaller("w1", q, "Local/x", "07700900123", "", 1, 0, morning);
        LiveQueue live = new LiveQueue(q, q, PriorityClass.PRIORITY, 120, 90, List.of(waiting),
                LiveQueue.AgentCounts.NONE);
        CharterFigures charter = new CharterFigures(Clock.fixed(NOW, ZoneId.of("Europe/London")), figures,
                liveWith(live));

        QueueFigures today = charter.today(q);

        assertThat(today.offered()).isEqualTo(9);
        assertThat(today.answered()).isEqualTo(4);
        assertThat(today.abandoned()).isEqualTo(2);
        assertThat(today.callbacks()).isEqualTo(1);
        assertThat(today.answeredWithinTarget()).isEqualTo(3);
        assertThat(today.answerRatePct()).isEqualTo(44.4);
        assertThat(today.serviceLevelPct()).isEqualTo(33.3);
        assertThat(today.averageTalkSeconds()).isEqualTo(200.0);
    }

    @Test
    void aQueueWithNoCallsYetHasFailedNoCaller() {
        CharterFigures charter = new CharterFigures(Clock.fixed(NOW, ZoneId.of("Europe/London")), figures,
                liveWith());
        QueueFigures none = charter.today("quiet-" + System.nanoTime());
        assertThat(none.offered()).isZero();
        assertThat(none.serviceLevelPct()).isEqualTo(100.0);
    }
}
