package org.charterconsole.base.time;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** With a real Asterisk the console runs on the real time, in the council's zone. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "console.pbx.mode", havingValue = "asterisk")
public class SystemClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(SimulatedClock.LONDON);
    }
}
