package org.charterconsole.agent;

import org.charterconsole.SimulatedConsoleTest;
import org.charterconsole.audit.AuditEntry;
import org.charterconsole.audit.AuditService;
import org.charterconsole.pbx.PbxCommands.CommandResult;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The agent-state service in the running console, over real AMI to the simulator: who may do what,
 * and that every change is audited with who, what and which phone and queue.
 */
@SimulatedConsoleTest
class AgentStatesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    private AgentStates agentStates;
    @Autowired
    private AgentRoster roster;
    @Autowired
    private LiveQueues liveQueues;
    @Autowired
    private UserAccounts users;
    @Autowired
    private AuditService audit;
    @Autowired
    private PbxSimulator simulator;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_handler_logs_their_own_phone_in_and_out_and_each_change_is_audited() throws Exception {
        signIn(user("agents-h1", "PJSIP/2961", Roles.HANDLER));

        CommandResult added = agentStates.logIn("council-tax").get();

        assertThat(added.success()).as(added.message()).isTrue();
        assertThat(simulator.memberships("PJSIP/2961")).containsOnlyKeys("council-tax");
        assertThat(latestFor("PJSIP/2961")).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail)
                .containsExactly("agents-h1", AgentAuditActions.LOGGED_IN, "queue council-tax");
        awaitServes("PJSIP/2961", List.of("council-tax"));

        assertThat(agentStates.logOut("council-tax").get().success()).isTrue();

        assertThat(simulator.memberships("PJSIP/2961")).isEmpty();
        assertThat(latestFor("PJSIP/2961")).extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(AgentAuditActions.LOGGED_OUT, "queue council-tax");
    }

    @Test
    void a_team_leader_moves_an_agent_from_one_queue_to_another_and_it_is_audited() throws Exception {
        simulator.addMember("waste", "PJSIP/2962", "Moved Agent");
        awaitServes("PJSIP/2962", List.of("waste"));
        signIn(user("agents-l1", "PJSIP/2963", Roles.TEAM_LEADER, Roles.HANDLER));

        assertThat(agentStates.moveAgent("PJSIP/2962", "waste", "highways").get().success()).isTrue();

        assertThat(simulator.memberships("PJSIP/2962")).containsOnlyKeys("highways");
        assertThat(latestFor("PJSIP/2962")).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail)
                .containsExactly("agents-l1", AgentAuditActions.MOVED, "from waste to highways");
        awaitServes("PJSIP/2962", List.of("highways"));
    }

    @Test
    void a_handler_may_not_move_other_agents_nor_log_them_in() {
        signIn(user("agents-h2", "PJSIP/2964", Roles.HANDLER));

        assertThatThrownBy(() -> agentStates.moveAgent("PJSIP/2001", "waste", "highways"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agentStates.logAgentIn("PJSIP/2001", "Someone", "waste"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agentStates.knownAgents()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void roles_without_a_phone_to_answer_may_not_change_agent_states() {
        for (String role : List.of(Roles.WALLBOARD, Roles.OUT_OF_HOURS, Roles.ADMIN)) {
            signIn(user("agents-" + role.toLowerCase().replace('_', '-'), null, role));

            assertThatThrownBy(() -> agentStates.pause(PauseReason.BREAK)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agentStates.logIn("waste")).as(role).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void bad_input_is_refused_with_a_clear_message_and_sends_and_audits_nothing() {
        signIn(user("agents-h3", "PJSIP/2965", Roles.HANDLER));
        long before = audit.latest(1).get(0).id();

        assertThatThrownBy(() -> agentStates.logIn("no-such-queue"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is no queue no-such-queue");
        assertThatThrownBy(() -> agentStates.pause(PauseReason.BREAK))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Log in to a queue first");
        assertThatThrownBy(() -> agentStates.logOut("waste"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("You are not logged in to waste");

        assertThat(audit.latest(1).get(0).id()).isEqualTo(before);
        assertThat(simulator.memberships("PJSIP/2965")).isEmpty();
    }

    @Test
    void a_handler_without_a_phone_is_told_to_ask_an_administrator() {
        signIn(user("agents-h4", null, Roles.HANDLER));

        assertThat(agentStates.ownInterface()).isEmpty();
        assertThatThrownBy(() -> agentStates.logIn("waste"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No phone is set up for you");
    }

    private ConsoleUser user(String username, String phone, String... roles) {
        return users.find(username).orElseGet(() -> users.create(new NewUserAccount(username, "Test " + username,
                username + "-pw", Set.of(roles), Optional.ofNullable(phone)), "system"));
    }

    private static void signIn(ConsoleUser user) {
        ConsoleUserDetails principal = new ConsoleUserDetails(user.username(), user.displayName(),
                user.agentInterface(), user.roles(), "", true);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
    }

    private AuditEntry latestFor(String agentInterface) {
        return audit.latest(50).stream().filter(entry -> entry.subject().equals(agentInterface)).findFirst()
                .orElseThrow();
    }

    private void awaitServes(String agentInterface, List<String> queues) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                roster.statusOf(liveQueues.snapshot(), agentInterface, agentInterface).queues())
                .containsExactlyElementsOf(queues));
    }
}
