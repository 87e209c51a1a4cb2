package org.charterconsole.queue;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Call records ({@code console.records.*}).
 *
 * @param callerNumberRetention how long a record keeps the caller's number before it is erased
 */
@Validated
@ConfigurationProperties("console.records")
public record CallRecordProperties(@NotNull @DefaultValue("90d") Duration callerNumberRetention) {
}
