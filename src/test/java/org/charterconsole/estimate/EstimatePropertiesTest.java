package org.charterconsole.estimate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class EstimatePropertiesTest {

    @EnableConfigurationProperties(EstimateProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void theShippedSettingsNameTheLunchtimeBusyPeriodAndTheUsualPauses() {
        runner.run(context -> {
            EstimateProperties properties = context.getBean(EstimateProperties.class);
            assertThat(properties.busyFrom()).isEqualTo(LocalTime.NOON);
            assertThat(properties.busyUntil()).isEqualTo(LocalTime.of(14, 0));
            assertThat(properties.refresh()).isEqualTo(Duration.ofSeconds(30));
            assertThat(properties.pauses()).containsEntry("lunch", Duration.ofMinutes(30))
                    .containsEntry("break", Duration.ofMinutes(10));
        });
    }

    @Test
    void aConfiguredPauseLengthReplacesOnlyThatReason() {
        runner.withPropertyValues("console.estimate.pauses.lunch=45m", "console.estimate.pauses.meeting=20m")
                .run(context -> assertThat(context.getBean(EstimateProperties.class).pauses())
                        .containsEntry("lunch", Duration.ofMinutes(45))
                        .containsEntry("meeting", Duration.ofMinutes(20))
                        .containsEntry("break", Duration.ofMinutes(10)));
    }
}
