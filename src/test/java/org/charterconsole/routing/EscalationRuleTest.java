package org.charterconsole.routing;

import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.WaitingCaller;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationRuleTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");
    private final EscalationRule rule = new EscalationRule(0.75, queue -> 0);

    @Test
    void a_priority_caller_is_due_at_three_quarters_of_two_minutes_and_not_a_millisecond_before() {
        LiveSnapshot snapshot = snapshot(priorityQueue(caller("elas", "head", 1, 10, 300), caller("elas", "e-2", 2, 10, 90)));

        assertThat(rule.due(snapshot, NOON.minusMillis(1), Set.of())).isEmpty();
        assertThat(rule.due(snapshot, NOON, Set.of())).singleElement().satisfies(escalation -> {
            assertThat(escalation.caller().uniqueId()).isEqualTo("e-2");
            assertThat(escalation.toPriority()).isEqualTo(11);
            assertThat(escalation.waitSeconds()).isEqualTo(90);
            assertThat(escalation.targetSeconds()).isEqualTo(120);
        });
    }

    @Test
    void a_standard_caller_is_due_at_three_quarters_of_five_minutes() {
        LiveSnapshot snapshot = snapshot(standardQueue(caller("housing", "head", 1, 0, 400), caller("housing", "h-2", 2, 0, 225)));

        assertThat(rule.due(snapshot, NOON.minusSeconds(1), Set.of())).isEmpty();
        assertThat(rule.due(snapshot, NOON, Set.of())).extracting(e -> e.caller().uniqueId()).containsExactly("h-2");
    }

    @Test
    void the_caller_at_the_head_is_never_escalated_however_long_it_waits() {
        LiveSnapshot snapshot = snapshot(priorityQueue(caller("elas", "head", 1, 10, 600)));

        assertThat(rule.due(snapshot, NOON, Set.of())).isEmpty();
    }

    @Test
    void a_caller_already_escalated_is_not_escalated_again() {
        WaitingCaller second = caller("elas", "e-2", 2, 11, 200);
        LiveSnapshot snapshot = snapshot(priorityQueue(caller("elas", "head", 1, 11, 300), second));

        assertThat(rule.due(snapshot, NOON, Set.of(EscalationRule.key(second)))).isEmpty();
    }

    @Test
    void a_caller_whose_priority_the_console_has_not_yet_learnt_is_raised_from_the_dialplans() {
        EscalationRule withDialplan = new EscalationRule(0.75, queue -> queue.equals("elas") ? 10 : 0);
        LiveSnapshot snapshot = snapshot(priorityQueue(caller("elas", "head", 1, 0, 300), caller("elas", "e-2", 2, 0, 100)));

        assertThat(withDialplan.due(snapshot, NOON, Set.of())).extracting(Escalation::toPriority).containsExactly(11);
    }

    @Test
    void the_threshold_is_a_fraction_of_the_target() {
        EscalationRule half = new EscalationRule(0.5, queue -> 0);
        LiveSnapshot snapshot = snapshot(priorityQueue(caller("elas", "head", 1, 10, 300), caller("elas", "e-2", 2, 10, 60)));

        assertThat(half.due(snapshot, NOON, Set.of())).hasSize(1);
        assertThatThrownBy(() -> new EscalationRule(0, queue -> 0)).hasMessageContaining("more than 0 and at most 1");
        assertThatThrownBy(() -> new EscalationRule(1.2, queue -> 0)).hasMessageContaining("more than 0 and at most 1");
    }

    static LiveSnapshot snapshot(LiveQueue... queues) {
        return new LiveSnapshot(NOON, 1, true, List.of(queues), List.of());
    }

    static LiveQueue priorityQueue(WaitingCaller... callers) {
        return new LiveQueue("elas", "Emergency Limited Assisted Scheme", PriorityClass.PRIORITY, 120, 90,
                List.of(callers), new LiveQueue.AgentCounts(0, 3, 0));
    }

    static LiveQueue standardQueue(WaitingCaller... callers) {
        return new LiveQueue("housing", "Housing", PriorityClass.STANDARD, 300, 80, List.of(callers),
                new LiveQueue.AgentCounts(0, 3, 0));
    }

    /** A caller who has waited {@code waitedAtNoon} seconds at noon. */
    static WaitingCaller caller(String queue, String uniqueId, int position, int priority, long waitedAtNoon) {
        return new WaitingCaller(uniqueId, queue, "PJSIP/council-trunk-" + uniqueId, "07700900123", "Resident",
                position, priority, NOON.minusSeconds(waitedAtNoon));
    }
}
