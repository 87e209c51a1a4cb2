package org.charterconsole.routing;

import org.charterconsole.audit.AuditService;
import org.charterconsole.base.time.MovableClock;
import org.charterconsole.pbx.PbxCommands.CommandResult;
import org.charterconsole.pbx.UnusedPbxCommands;
import org.charterconsole.queue.FakeLiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterconsole.routing.EscalationRuleTest.caller;
import static org.charterconsole.routing.EscalationRuleTest.priorityQueue;
import static org.charterconsole.routing.EscalationRuleTest.snapshot;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class EscalatorTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOON.minusSeconds(10));
    private final FakeLiveQueues liveQueues = new FakeLiveQueues(NOON);
    private final RecordingPbx pbx = new RecordingPbx();
    private final AuditService audit = mock(AuditService.class);
    private final Escalator escalator = new Escalator(liveQueues, new PriorityRaises(pbx, audit, clock), queue -> 10, clock,
            new EscalationProperties(0.75, Duration.ofSeconds(1), true));

    @Test
    void escalates_a_caller_behind_the_head_once_its_wait_reaches_the_threshold_and_only_once() {
        liveQueues.publish(snapshot(priorityQueue(caller("elas", "head", 1, 10, 200), caller("elas", "e-2", 2, 10, 90))));

        assertThat(escalator.escalateDue()).as("at 80 s of 120").isZero();
        clock.advance(Duration.ofSeconds(9));
        assertThat(escalator.escalateDue()).as("at 89 s").isZero();
        assertThat(pbx.sent).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(escalator.escalateDue()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(30));
        assertThat(escalator.escalateDue()).as("the snapshot has not caught up yet").isZero();

        assertThat(pbx.sent).containsExactly("elas PJSIP/council-trunk-e-2 11 immediate");
        verify(audit, times(1)).record(eq("system"), eq(PriorityRaises.RAISED), contains("e-2"),
                contains("priority 10 → 11: waited 1:30 of its 2:00 target (escalation at 75 %)"));
        verify(audit, never()).record(anyString(), eq(PriorityRaises.FAILED), anyString(), anyString());
    }

    @Test
    void a_raise_app_queue_forgot_when_the_caller_stepped_out_for_the_wait_message_is_given_back() {
        liveQueues.publish(snapshot(priorityQueue(caller("elas", "head", 1, 10, 200), caller("elas", "e-2", 2, 10, 100))));
        assertThat(escalator.escalateDue()).isEqualTo(1);
        liveQueues.publish(snapshot(priorityQueue(caller("elas", "e-2", 1, 11, 110), caller("elas", "e-3", 2, 10, 5))));
        clock.advance(Duration.ofSeconds(20));
        assertThat(escalator.escalateDue()).isZero();

        // back from the wait message with the dialplan's QUEUE_PRIO, as the next QueueStatus shows
        liveQueues.publish(snapshot(priorityQueue(caller("elas", "e-2", 1, 10, 130), caller("elas", "e-3", 2, 10, 25))));
        assertThat(escalator.escalateDue()).as("not before the raise has had time to show").isZero();
        clock.advance(PriorityRaises.SETTLE.minusSeconds(20));
        assertThat(escalator.escalateDue()).isEqualTo(1);

        assertThat(pbx.sent).containsExactly("elas PJSIP/council-trunk-e-2 11 immediate",
                "elas PJSIP/council-trunk-e-2 11 immediate");
        verify(audit).record(eq("system"), eq(PriorityRaises.RESTORED), contains("e-2"),
                contains("priority 10 → 11: app_queue forgot the raise"));
    }

    @Test
    void a_raise_the_pbx_refused_is_not_given_back_later() {
        pbx.answer = CommandResult.failed("Unable to change priority caller on queue: No such caller");
        liveQueues.publish(snapshot(priorityQueue(caller("elas", "head", 1, 10, 200), caller("elas", "e-2", 2, 10, 100))));
        escalator.escalateDue();
        clock.advance(Duration.ofMinutes(5));

        escalator.escalateDue();

        assertThat(pbx.sent).hasSize(1);
    }

    @Test
    void the_caller_at_the_head_is_left_alone() {
        liveQueues.publish(snapshot(priorityQueue(caller("elas", "head", 1, 10, 100))));
        clock.advance(Duration.ofMinutes(10));

        assertThat(escalator.escalateDue()).isZero();
        assertThat(pbx.sent).isEmpty();
    }

    @Test
    void a_refused_change_is_audited_as_failed() {
        pbx.answer = CommandResult.failed("Unable to change priority caller on queue: No such caller");
        liveQueues.publish(snapshot(priorityQueue(caller("elas", "head", 1, 10, 200), caller("elas", "e-2", 2, 10, 150))));

        escalator.escalateDue();

        verify(audit).record(eq("system"), eq(PriorityRaises.FAILED), contains("e-2"), contains("No such caller"));
    }

    @Test
    void nothing_is_escalated_while_the_pbx_link_is_down() {
        LiveSnapshot connected = snapshot(priorityQueue(caller("elas", "head", 1, 10, 200), caller("elas", "e-2", 2, 10, 150)));
        liveQueues.publish(new LiveSnapshot(connected.at(), 2, false, connected.queues(), List.of()));

        assertThat(escalator.escalateDue()).isZero();
        assertThat(pbx.sent).isEmpty();
    }

    /** Answers every priority change with {@link #answer} and keeps what was sent. */
    static final class RecordingPbx extends UnusedPbxCommands {
        final List<String> sent = new CopyOnWriteArrayList<>();
        volatile CommandResult answer = CommandResult.ok("Priority change for caller on queue");

        @Override
        public CompletableFuture<CommandResult> changeCallerPriority(String queue, String channel, int priority,
                                                                     boolean immediate) {
            sent.add("%s %s %d %s".formatted(queue, channel, priority, immediate ? "immediate" : "later"));
            return CompletableFuture.completedFuture(answer);
        }
    }
}
