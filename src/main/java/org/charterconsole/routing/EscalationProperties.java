package org.charterconsole.routing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Escalation of waiting callers ({@code console.routing.escalation.*}).
 *
 * @param threshold     fraction of the class's answer-within target a caller's wait must reach before its
 *                      priority is raised (0.75: at 90 s of a 2-minute target, 3:45 of a 5-minute one)
 * @param checkInterval how often waits are compared with the threshold
 * @param enabled       false leaves every caller's priority to the dialplan and the team leaders
 */
@Validated
@ConfigurationProperties("console.routing.escalation")
public record EscalationProperties(
        @DecimalMin(value = "0.0", inclusive = false, message = "must be more than 0")
        @DecimalMax(value = "1.0", message = "must be at most 1 (the whole target)")
        @DefaultValue("0.75") double threshold,
        @NotNull @DefaultValue("1s") Duration checkInterval,
        @DefaultValue("true") boolean enabled) {
}
