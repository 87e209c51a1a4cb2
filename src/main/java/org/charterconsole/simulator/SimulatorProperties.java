package org.charterconsole.simulator;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 * @param trafficFactor multiplies every arrival rate (2 = twice as busy)
 * @param port      loopback TCP port of the simulated AMI; 0 picks a free one
 * @param waitMessageSeconds as the dialplan's {@code WAIT_MESSAGE_SECONDS}: every this many seconds a
 *                  queued caller's Queue() times out, they hear the wait message and join again at
 *                  their place (telephony/extensions.conf); 0: never
 */
@Validated
@ConfigurationProperties("console.simulator")
public record SimulatorProperties(
        @DecimalMin("0.01") @DefaultValue("1") double timeScale,
        @DefaultValue("20261128") long seed,
        Optional<LocalDateTime> start,
        @DefaultValue("true") boolean traffic,
        @DecimalMin("0") @DefaultValue("1") double trafficFactor,
        @Min(0) @Max(65535) @DefaultValue("0") int port,
        @Min(0) @DefaultValue("0") int waitMessageSeconds) {

    public SimulatorProperties {
        // Binding leaves an absent Optional property null.
        start = start == null ? Optional.empty() : start;
    }

    /** Settings for tests that drive the simulator by hand on a free port. */
    public static SimulatorProperties manual(LocalDateTime start) {
        return new SimulatorProperties(1, 20261128, Optional.of(start), false, 1, 0, 0);
    }

    /** The same, with callers stepping out for the wait message every {@code seconds}. */
    public SimulatorProperties withWaitMessageEvery(int seconds) {
        return new SimulatorProperties(timeScale, seed, start, traffic, trafficFactor, port, seconds);
    }
}
