package org.charterconsole.queue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitEstimateTest {

    @Test
    void aFreeAgentMeansNoWait() {
        assertThat(WaitEstimate.estimatedWaitSeconds(0, new LiveQueue.AgentCounts(1, 3, 0), 200)).isZero();
        assertThat(WaitEstimate.estimatedWaitSeconds(1, new LiveQueue.AgentCounts(2, 0, 0), 200)).isZero();
    }

    @Test
    void callersAheadShareTheStaffedAgents() {
        assertThat(WaitEstimate.estimatedWaitSeconds(3, new LiveQueue.AgentCounts(0, 2, 1), 200)).isEqualTo(400);
        assertThat(WaitEstimate.estimatedWaitSeconds(3, new LiveQueue.AgentCounts(1, 1, 0), 200)).isEqualTo(300);
    }

    @Test
    void noStaffedAgentOrALongQueueGivesTheBound() {
        assertThat(WaitEstimate.estimatedWaitSeconds(1, new LiveQueue.AgentCounts(0, 0, 4), 200))
                .isEqualTo(WaitEstimate.MAX_SECONDS);
        assertThat(WaitEstimate.estimatedWaitSeconds(500, new LiveQueue.AgentCounts(0, 1, 0), 200))
                .isEqualTo(WaitEstimate.MAX_SECONDS);
    }
}
