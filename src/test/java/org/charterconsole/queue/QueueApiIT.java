package org.charterconsole.queue;

import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The live state, call records, API and metrics wired together in the whole application. */
@SpringBootTest
class QueueApiIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    LiveState live;
    @Autowired
    CallRecordWriter writer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    MockMvc mvc;
    /** A queue of this test's own, so PBX traffic in the shared context cannot be mistaken for it. */
    final String queue = "api-it-" + System.nanoTime();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private void callersArrive() throws InterruptedException {
        Instant now = clock.instant();
        live.accept(new PbxEvent.CallerJoined(now.minusSeconds(30), queue, queue + ".1", "Local/a", "07700900123",
                "A", 1, 1));
        live.accept(new PbxEvent.CallerJoined(now.minusSeconds(20), queue, queue + ".2", "Local/b", "07700900456",
                "B", 2, 2));
        live.accept(new PbxEvent.CallerAbandoned(now.minusSeconds(5), queue, queue + ".2", 2, 2, 15));
        live.accept(new PbxEvent.CallerLeft(now.minusSeconds(5), queue, queue + ".2", 2, 1));
        assertThat(live.awaitApplied(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        mvc.perform(get("/api/queues")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiShowsTheLiveQueueWithMaskedCallers() throws Exception {
        callersArrive();

        mvc.perform(get("/api/queues").with(user("wall").roles(Roles.WALLBOARD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '" + queue + "')].waiting[0].uniqueId").value(queue + ".1"))
                .andExpect(jsonPath("$[?(@.name == '" + queue + "')].priorityClass").value("STANDARD"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("07700900123"))));
    }

    @Test
    void callRecordsReachTheDatabase() throws Exception {
        callersArrive();
        assertThat(writer.awaitIdle(Duration.ofSeconds(30))).isTrue();

        assertThat(jdbc.queryForList("SELECT outcome FROM call_record WHERE queue_name = ? ORDER BY unique_id",
                String.class, queue)).containsExactly("WAITING", "ABANDONED");
    }

    @Test
    void prometheusExposesTheQueueMetrics() throws Exception {
        callersArrive();

        // Gauges of a new queue are registered when listeners hear of it, just after the events apply.
        org.awaitility.Awaitility.await().untilAsserted(() -> mvc.perform(get("/actuator/prometheus")
                        .with(user("admin").roles(Roles.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("console_queue_waiting{queue=\"" + queue + "\"} 1")))
                .andExpect(content().string(containsString("console_queue_longest_wait_seconds{queue=\"" + queue + "\"}")))
                .andExpect(content().string(containsString(
                        "console_calls_total{outcome=\"abandoned\",queue=\"" + queue + "\"} 1"))));
    }
}
