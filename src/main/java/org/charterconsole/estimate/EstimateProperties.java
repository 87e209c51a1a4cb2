package org.charterconsole.estimate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Estimated waits ({@code console.estimate.*}).
 *
 * @param projections           forward projections per estimate; the median of their waits is the estimate
 * @param defaultHandle         talk time assumed for a queue before enough calls were seen
 * @param defaultTurnaround     time from an agent ending a call to answering the next (wrap-up and ringing)
 *                              assumed before it was seen
 * @param pauses                how long a pause with this reason is expected to last, until pauses of that
 *                              reason were seen to end (defaults: lunch 30 min, break 10 min, training 60 min,
 *                              admin 15 min, wrap-up 1 min); any other reason: {@code otherPause}
 * @param busyFrom              start of the daily busy period ({@code console/busy} = 1), Europe/London
 * @param busyUntil             end of the busy period
 * @param refresh               AstDB keys are rewritten at least this often
 * @param materialSeconds       a change of the estimate by at least this many seconds is written at once
 * @param materialPercent       ... or by at least this share of the value last written
 */
@Validated
@ConfigurationProperties("console.estimate")
public record EstimateProperties(
        @Min(1) @Max(501) @DefaultValue("41") int projections,
        @NotNull @DefaultValue("240s") Duration defaultHandle,
        @NotNull @DefaultValue("25s") Duration defaultTurnaround,
        Map<String, Duration> pauses,
        @NotNull @DefaultValue("15m") Duration otherPause,
        @NotNull @DefaultValue("12:00") LocalTime busyFrom,
        @NotNull @DefaultValue("14:00") LocalTime busyUntil,
        @NotNull @DefaultValue("30s") Duration refresh,
        @Min(1) @DefaultValue("30") int materialSeconds,
        @Min(1) @Max(100) @DefaultValue("20") int materialPercent) {

    static final Map<String, Duration> DEFAULT_PAUSES = Map.of("lunch", Duration.ofMinutes(30),
            "break", Duration.ofMinutes(10), "training", Duration.ofMinutes(60), "admin", Duration.ofMinutes(15),
            "wrap-up", Duration.ofMinutes(1));

    public EstimateProperties {
        Map<String, Duration> merged = new HashMap<>(DEFAULT_PAUSES);
        if (pauses != null) {
            merged.putAll(pauses);
        }
        pauses = Map.copyOf(merged);
    }
}
