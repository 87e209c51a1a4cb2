package org.charterconsole.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleSecurityPropertiesTest {

    @EnableConfigurationProperties(ConsoleSecurityProperties.class)
    static class Enabled {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Enabled.class);

    @Test
    void without_the_property_there_is_no_initial_administrator_password() {
        context.run(ctx -> assertThat(ctx.getBean(ConsoleSecurityProperties.class).initialAdminPassword()).isEmpty());
    }

    @Test
    void the_initial_administrator_password_is_bound_but_never_shown() {
        context.withPropertyValues("console.security.initial-admin-password=Long-enough-1").run(ctx -> {
            ConsoleSecurityProperties properties = ctx.getBean(ConsoleSecurityProperties.class);
            assertThat(properties.initialAdminPassword()).contains("Long-enough-1");
            assertThat(properties.toString()).doesNotContain("Long-enough-1");
        });
    }

    @Test
    void a_too_short_initial_administrator_password_stops_the_start_with_a_clear_message() {
        context.withPropertyValues("console.security.initial-admin-password=short").run(ctx ->
                assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("initialAdminPassword"));
    }
}
