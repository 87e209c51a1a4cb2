package org.charterconsole.simulator;

import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The built-in PBX simulator ({@code console.simulator.*}).
 *
 * @param timeScale simulated seconds per real second
 * @param seed      random seed of the generated traffic
 * @param start     simulated local date-time (Europe/London) to start at; empty means now
 * @param traffic   whether to generate callers and agents by itself (tests drive it by hand)
 */
@Validated
@ConfigurationProperties("console.simulator")
public record SimulatorProperties(
        @DecimalMin("0.01") @DefaultValue("1") double timeScale,
        @DefaultValue("20261128") long seed,
        Optional<LocalDateTime> start,
        @DefaultValue("true") boolean traffic,
        @DefaultValue("1") double trafficFactor) {
}
