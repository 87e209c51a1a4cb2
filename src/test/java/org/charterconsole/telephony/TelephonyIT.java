package org.charterconsole.telephony;

import org.charterconsole.pbx.PbxLink;
import org.charterconsole.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The adapter in the running console, in asterisk mode against the test AMI server. */
@SpringBootTest
@AutoConfigureMockMvc
class TelephonyIT {

    static final AmiTestServer SERVER = startServer();

    @DynamicPropertySource
    static void pbx(DynamicPropertyRegistry properties) {
        properties.add("console.pbx.mode", () -> "asterisk");
        properties.add("console.pbx.host", () -> "127.0.0.1");
        properties.add("console.pbx.port", SERVER::port);
        properties.add("console.pbx.username", () -> "console");
        properties.add("console.pbx.secret", () -> "s3cret-never-shown");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    PbxLink link;
    @Autowired
    HealthIndicator pbx;

    private static AmiTestServer startServer() {
        try {
            return new AmiTestServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopServer() throws IOException {
        SERVER.close();
    }

    @Test
    void the_console_logs_in_to_the_configured_asterisk_and_reports_it_healthy() {
        await().until(() -> link.status().connected());

        var health = pbx.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("mode", "asterisk").containsEntry("connected", true)
                .containsKeys("since", "eventsReceived");
        assertThat(health.getDetails().toString()).doesNotContain("s3cret");
    }

    @Test
    void staff_roles_read_the_link_state_from_the_api() throws Exception {
        await().until(() -> link.status().connected());

        for (String role : new String[] {Roles.HANDLER, Roles.TEAM_LEADER, Roles.OUT_OF_HOURS, Roles.WALLBOARD,
                Roles.ADMIN}) {
            mvc.perform(get("/api/pbx").with(user("someone").roles(role)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.mode").value("asterisk"))
                    .andExpect(jsonPath("$.connected").value(true))
                    .andExpect(jsonPath("$.since").isNotEmpty())
                    .andExpect(jsonPath("$.eventsReceived").isNumber());
        }
    }

    @Test
    void prometheus_exposes_the_link_and_event_metrics() throws Exception {
        await().until(() -> link.status().connected());

        String scrape = mvc.perform(get("/actuator/prometheus").with(user("admin").roles(Roles.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(scrape).contains("console_ami_connected 1.0", "console_ami_events_total ",
                "console_ami_events_dropped_total ", "console_ami_malformed_total ");
    }

    @Test
    void the_api_is_closed_to_anonymous_callers() throws Exception {
        mvc.perform(get("/api/pbx")).andExpect(status().isUnauthorized());
    }
}
