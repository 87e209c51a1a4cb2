package org.charterconsole.routing;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationPropertiesTest {

    @EnableConfigurationProperties(EscalationProperties.class)
    static class Enabled {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Enabled.class);

    @Test
    void by_default_callers_are_escalated_at_three_quarters_of_their_target_checked_every_second() {
        context.run(ctx -> assertThat(ctx.getBean(EscalationProperties.class))
                .isEqualTo(new EscalationProperties(0.75, Duration.ofSeconds(1), true)));
    }

    @Test
    void the_threshold_is_configurable() {
        context.withPropertyValues("console.routing.escalation.threshold=0.6").run(ctx ->
                assertThat(ctx.getBean(EscalationProperties.class).threshold()).isEqualTo(0.6));
    }

    @Test
    void a_threshold_outside_zero_to_one_stops_the_start_with_a_clear_message() {
        context.withPropertyValues("console.routing.escalation.threshold=1.5").run(ctx ->
                assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("threshold")
                        .hasMessageContaining("at most 1"));
        context.withPropertyValues("console.routing.escalation.threshold=0").run(ctx ->
                assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("more than 0"));
    }
}
