package org.charterconsole;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/**
 * For test slices that load neither the simulator nor the system clock configuration:
 * a system clock in the console's zone, used only when no other {@link Clock} exists.
 */
@AutoConfiguration
public class TestClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock fallbackTestClock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
