package org.charterconsole.estimate;

import org.charterconsole.SimulatedConsoleTest;
import org.charterconsole.queue.WaitEstimator;
import org.charterconsole.simulator.PbxSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The estimates reach the simulated PBX's AstDB over real AMI (DBPut), where the dialplan reads them.
 * The console's clock is the simulator's, started at 10:00: outside the busy period.
 */
@SimulatedConsoleTest
class AstDbEstimateIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String QUEUE = "taxi-licensing";

    @Autowired
    private PbxSimulator simulator;

    @Test
    void theEstimateForAQueueIsWrittenToAstDbAndFollowsItsStaffing() {
        simulator.joinCaller(QUEUE, "07700900201", 0);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(simulator.database())
                .as("nobody serves the queue: the wait is open-ended")
                .containsEntry("console/ewt/" + QUEUE, String.valueOf(WaitEstimator.MAX_SECONDS))
                .containsEntry("console/busy", "0"));

        simulator.addMember(QUEUE, "PJSIP/2023", "Agent Twenty-three");

        await().atMost(PATIENCE).untilAsserted(() -> {
            long estimate = Long.parseLong(simulator.database().get("console/ewt/" + QUEUE));
            assertThat(estimate).as("one free agent, one caller ahead").isLessThan(WaitEstimator.MAX_SECONDS / 4)
                    .isPositive();
        });
    }
}
