package org.charterconsole.simulator;

import org.charterconsole.base.time.SimulatedClock;
import org.charterconsole.base.time.SystemClockConfiguration;
import org.charterconsole.pbx.PbxEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.net.Socket;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SimulatorProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, SimulatorConfiguration.class, SystemClockConfiguration.class)
            .withPropertyValues("console.simulator.traffic=false");

    @Test
    void by_default_the_clock_is_simulated_from_the_start_and_the_endpoint_is_the_listening_simulator() {
        runner.withPropertyValues("console.simulator.start=2026-11-30T12:00:00", "console.simulator.time-scale=60")
                .run(context -> {
                    Clock clock = context.getBean(Clock.class);
                    assertThat(clock).isInstanceOf(SimulatedClock.class);
                    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/London"));
                    assertThat(LocalDateTime.ofInstant(clock.instant(), clock.getZone()))
                            .isAfterOrEqualTo(LocalDateTime.of(2026, 11, 30, 12, 0))
                            .isBefore(LocalDateTime.of(2026, 11, 30, 13, 0));
                    PbxEndpoint endpoint = context.getBean(PbxEndpoint.class);
                    assertThat(endpoint.host()).isEqualTo("127.0.0.1");
                    assertThat(endpoint.secret()).hasSizeGreaterThanOrEqualTo(16);
                    try (Socket socket = new Socket(endpoint.host(), endpoint.port())) {
                        assertThat(socket.isConnected()).isTrue();
                    }
                });
    }

    @Test
    void with_a_real_asterisk_there_is_no_simulator_and_the_clock_is_the_system_one() {
        runner.withPropertyValues("console.pbx.mode=asterisk").run(context -> {
            assertThat(context).doesNotHaveBean(PbxSimulator.class);
            assertThat(context).doesNotHaveBean(PbxEndpoint.class);
            assertThat(context.getBean(Clock.class)).isNotInstanceOf(SimulatedClock.class);
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/London"));
        });
    }

    @Test
    void a_fixed_port_is_listened_on() throws Exception {
        int free;
        try (var probe = new java.net.ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        runner.withPropertyValues("console.simulator.port=" + free)
                .run(context -> assertThat(context.getBean(PbxEndpoint.class).port()).isEqualTo(free));
    }
}
