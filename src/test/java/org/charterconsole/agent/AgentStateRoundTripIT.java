package org.charterconsole.agent;

import org.charterconsole.SimulatedConsoleTest;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.security.ConsoleUser;
import org.charterconsole.security.ConsoleUserDetails;
import org.charterconsole.security.NewUserAccount;
import org.charterconsole.security.Roles;
import org.charterconsole.security.UserAccounts;
import org.charterconsole.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A handler's pause travels over real AMI (asterisk-java) to the simulated app_queue, and the
 * console learns of it only from the QueueMemberPause events coming back into the live state.
 */
@SimulatedConsoleTest
class AgentStateRoundTripIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String PHONE = "PJSIP/2971";

    @Autowired
    private AgentStates agentStates;
    @Autowired
    private AgentRoster roster;
    @Autowired
    private LiveQueues liveQueues;
    @Autowired
    private UserAccounts users;
    @Autowired
    private PbxSimulator simulator;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_pause_with_a_reason_reaches_the_pbx_and_comes_back_into_the_live_state() throws Exception {
        signIn(users.find("roundtrip-handler").orElseGet(() -> users.create(new NewUserAccount("roundtrip-handler",
                "Round Trip", "round-trip", Set.of(Roles.HANDLER), Optional.of(PHONE)), "system")));
        assertThat(agentStates.logIn("housing").get().success()).isTrue();
        assertThat(agentStates.logIn("benefits").get().success()).isTrue();
        await().atMost(PATIENCE).until(() -> status().state() == AgentState.AVAILABLE && status().queues().size() == 2);

        assertThat(agentStates.pause(PauseReason.TRAINING).get().success()).isTrue();

        assertThat(simulator.memberships(PHONE)).isEqualTo(Map.of(
                "benefits", Optional.of("training"), "housing", Optional.of("training")));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(status().state()).isEqualTo(AgentState.PAUSED);
            assertThat(status().pauseReason()).contains("training");
        });

        assertThat(agentStates.resume().get().success()).isTrue();

        assertThat(simulator.memberships(PHONE)).isEqualTo(Map.of("benefits", Optional.empty(), "housing", Optional.empty()));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(status().state()).isEqualTo(AgentState.AVAILABLE);
            assertThat(status().pauseReason()).isEmpty();
        });
    }

    private AgentStatus status() {
        return roster.statusOf(liveQueues.snapshot(), PHONE, PHONE);
    }

    private static void signIn(ConsoleUser user) {
        ConsoleUserDetails principal = new ConsoleUserDetails(user.username(), user.displayName(),
                user.agentInterface(), user.roles(), "", true);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    }
}
