package org.charterconsole.base.ui;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Pushing live changes to open views ({@code console.ui.*}).
 *
 * @param pushInterval the least time between two updates of one browser tab; newer changes replace older
 *                     ones while they wait. No longer than the live state's 50 ms between snapshots, so
 *                     that a tab takes each snapshot when it comes: longer, a tab served late once stays late,
 *                     each delivery waiting a whole interval after the late one (25 ms gained nothing)
 * @param pushThreads  threads that prepare updates and push them, shared by every open tab
 */
@Validated
@ConfigurationProperties("console.ui")
public record UiPushProperties(@NotNull @DefaultValue("50ms") Duration pushInterval,
                               @Min(1) @DefaultValue("2") int pushThreads) {
}
