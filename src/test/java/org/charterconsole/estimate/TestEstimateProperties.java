package org.charterconsole.estimate;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

/** The estimate settings as the console ships them. */
final class TestEstimateProperties {

    private TestEstimateProperties() {
    }

    static EstimateProperties defaults() {
        return new EstimateProperties(41, Duration.ofSeconds(240), Duration.ofSeconds(25),
                Map.of(),
                Duration.ofMinutes(15), LocalTime.NOON, LocalTime.of(14, 0), Duration.ofSeconds(30), 30, 20);
    }
}
