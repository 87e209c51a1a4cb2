package org.charterconsole.queue;

import org.charterconsole.base.privacy.CallerNumbers;
import org.charterconsole.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(QueueApiController.class)
class QueueApiControllerTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @TestConfiguration
    @EnableMethodSecurity
    static class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/London"));
        }
    }

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private LiveQueues live;
    @MockitoBean
    private CharterFigures figures;

    @BeforeEach
    void aQueueWithTwoCallers() {
        List<WaitingCaller> waiting = List.of(
                new WaitingCaller("1700000001.11", "elas", "Local/a", "07700900123", "A", 1, 10, NOW.minusSeconds(95)),
                new WaitingCaller("1700000001.12", "elas", "Local/b", "+447700900456", "B", 2, 0, NOW.minusSeconds(40)));
        LiveQueue elas = new LiveQueue("elas", "Emergency Limited Assisted Scheme", PriorityClass.PRIORITY, 120, 90,
                waiting, new LiveQueue.AgentCounts(1, 2, 1), Optional.of(133L));
        when(live.snapshot()).thenReturn(new LiveSnapshot(NOW, 7, true, List.of(elas), List.of()));
        when(figures.today()).thenReturn(Map.of("elas",
                new QueueFigures("elas", 10, 7, 2, 1, 6, 70.0, 60.0, 200)));
    }

    @Test
    void listsEveryQueueInTheShapeTheDesignPromises() throws Exception {
        mvc.perform(get("/api/queues").with(user("wall").roles(Roles.WALLBOARD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$[0].name").value("elas"))
                .andExpect(jsonPath("$[0].service").value("Emergency Limited Assisted Scheme"))
                .andExpect(jsonPath("$[0].priorityClass").value("PRIORITY"))
                .andExpect(jsonPath("$[0].waiting.length()").value(2))
                .andExpect(jsonPath("$[0].waiting[0].uniqueId").value("1700000001.11"))
                .andExpect(jsonPath("$[0].waiting[0].position").value(1))
                .andExpect(jsonPath("$[0].waiting[0].waitSeconds").value(95))
                .andExpect(jsonPath("$[0].waiting[0].priority").value(10))
                .andExpect(jsonPath("$[0].waiting[0].caller").value(CallerNumbers.mask("07700900123")))
                .andExpect(jsonPath("$[0].waiting[1].caller").value(CallerNumbers.mask("+447700900456")))
                .andExpect(jsonPath("$[0].longestWaitSeconds").value(95))
                .andExpect(jsonPath("$[0].estimatedWaitSeconds").value(133))
                .andExpect(jsonPath("$[0].agents.available").value(1))
                .andExpect(jsonPath("$[0].agents.busy").value(2))
                .andExpect(jsonPath("$[0].agents.paused").value(1))
                .andExpect(jsonPath("$[0].today.offered").value(10))
                .andExpect(jsonPath("$[0].today.answered").value(7))
                .andExpect(jsonPath("$[0].today.abandoned").value(2))
                .andExpect(jsonPath("$[0].today.answeredWithinTarget").value(6))
                .andExpect(jsonPath("$[0].today.answerRatePct").value(70.0))
                .andExpect(jsonPath("$[0].today.serviceLevelPct").value(60.0))
                .andExpect(jsonPath("$[0].waiting[*].caller").value(everyItem(not(containsString("900")))))
                .andExpect(jsonPath("$[0].waiting[0].callerNumber").doesNotExist())
                .andExpect(jsonPath("$[0].today.callbacks").doesNotExist());
    }

    @Test
    void handlersTeamLeadersAndAdministratorsMayReadIt() throws Exception {
        for (String role : List.of(Roles.HANDLER, Roles.TEAM_LEADER, Roles.ADMIN)) {
            mvc.perform(get("/api/queues").with(user("someone").roles(role))).andExpect(status().isOk());
        }
    }

    @Test
    void otherRolesAreForbidden() throws Exception {
        mvc.perform(get("/api/queues").with(user("ooh").roles(Roles.OUT_OF_HOURS)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        mvc.perform(get("/api/queues")).andExpect(status().isUnauthorized());
    }
}
