package org.charterconsole.simulator;

import org.charterconsole.queue.PriorityClass;
import org.charterconsole.routing.Escalation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole seeded Monday, lunchtime peak and all, routed as app_queue routes with the shipped
 * weights and QUEUE_PRIO, with the console's escalation at 75 % of each target.
 */
class BusyDayRoutingTest {

    private static final SimulatedDay.Settings SHIPPED = new SimulatedDay.Settings("shipped", true, 0.75,
            CouncilCatalog.agents());
    private static SimulatedDay shippedDay;

    @BeforeAll
    static void playTheDay() {
        shippedDay = SimulatedDay.play(SHIPPED, 20261130);
    }

    @Test
    void every_priority_caller_waiting_when_an_agent_frees_up_is_offered_before_any_standard_caller_for_that_agent() {
        SimulatedDay day = shippedDay;

        assertThat(day.peakSecondsWithMoreCallersThanFreeAgents).as("the peak runs short-handed").isGreaterThan(600);
        assertThat(day.figures(PriorityClass.PRIORITY).offered()).isGreaterThan(100);
        assertThat(day.standardOffers).isGreaterThan(500);
        assertThat(day.priorityOffersWithStandardWaiting).as("priority went first while standard callers waited")
                .isPositive();
        assertThat(day.violations).isEmpty();
    }

    @Test
    void without_weights_the_same_day_offers_standard_callers_while_priority_callers_wait() {
        SimulatedDay day = SimulatedDay.play(new SimulatedDay.Settings("equal weights", false, 0, CouncilCatalog.agents()),
                20261130);

        assertThat(day.violations).as("the check above can fail").isNotEmpty();
    }

    @Test
    void over_the_day_escalation_fires_at_the_threshold_never_for_the_head_and_once_per_caller() {
        SimulatedDay day = shippedDay;

        List<Escalation> escalations = day.escalations;
        assertThat(escalations).isNotEmpty();
        assertThat(escalations).allSatisfy(escalation -> {
            assertThat(escalation.waitSeconds()).isGreaterThanOrEqualTo((long) Math.ceil(escalation.targetSeconds() * 0.75));
            assertThat(escalation.caller().position()).isGreaterThan(1);
        });
        Set<String> distinct = escalations.stream().map(e -> e.caller().queue() + "/" + e.caller().uniqueId())
                .collect(Collectors.toSet());
        assertThat(distinct).hasSize(escalations.size());
    }
}
