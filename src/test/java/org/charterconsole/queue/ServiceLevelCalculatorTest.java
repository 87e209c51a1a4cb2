package org.charterconsole.queue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceLevelCalculatorTest {

    @Test
    void abandonsAndCallersStillWaitingCountAgainstTheServiceLevel() {
        CallTally settled = new CallTally("general", 8, 5, 2, 1, 4, 180);

        QueueFigures figures = ServiceLevelCalculator.figures(settled, 2);

        assertThat(figures.offered()).isEqualTo(10);
        assertThat(figures.answerRatePct()).isEqualTo(50.0);
        assertThat(figures.serviceLevelPct()).isEqualTo(40.0);
        assertThat(figures.abandoned()).isEqualTo(2);
        assertThat(figures.callbacks()).isEqualTo(1);
    }

    @Test
    void percentagesKeepOneDecimal() {
        assertThat(ServiceLevelCalculator.percent(2, 3)).isEqualTo(66.7);
        assertThat(ServiceLevelCalculator.percent(0, 0)).isEqualTo(100.0);
    }
}
