package org.charterconsole.routing;

import org.charterconsole.SimulatedConsoleTest;
import org.charterconsole.audit.AuditEntry;
import org.charterconsole.audit.AuditService;
import org.charterconsole.pbx.PbxCommands.CommandResult;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.WaitingCaller;
import org.charterconsole.security.ConsoleUserDetails;
import org.charterconsole.security.Roles;
import org.charterconsole.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Raising a caller's priority, by a team leader and by the escalation, sent over real AMI to the
 * simulated PBX: app_queue's order changes, the console sees it, and the trail says who did it.
 */
@SimulatedConsoleTest
class CallerPrioritiesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    private PbxSimulator simulator;
    @Autowired
    private LiveQueues liveQueues;
    @Autowired
    private CallerPriorities callerPriorities;
    @Autowired
    private PriorityRaises raises;
    @Autowired
    private DialplanPriorities dialplan;
    @Autowired
    private AuditService audit;
    @Autowired
    private Clock clock;

    private final List<String> joined = new ArrayList<>();

    @AfterEach
    void hangUpAndSignOut() {
        joined.forEach(simulator::hangUp);
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_team_leaders_raise_reaches_the_pbx_moves_the_caller_ahead_and_is_audited_under_their_name() throws Exception {
        String first = join("adult-social-care", "07700900501");
        String second = join("adult-social-care", "07700900502");
        awaitWaiting("adult-social-care", first, second);
        signIn("tl-morgan", Roles.TEAM_LEADER);

        CommandResult result = callerPriorities.raise("adult-social-care", second).get();

        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(simulator.waitingUniqueIds("adult-social-care")).containsExactly(second, first);
        awaitWaiting("adult-social-care", second, first);
        assertThat(waiting("adult-social-care").get(0).priority()).isEqualTo(11);
        AuditEntry entry = latestAbout(second);
        assertThat(entry.actor()).isEqualTo("tl-morgan");
        assertThat(entry.action()).isEqualTo(PriorityRaises.RAISED);
        assertThat(entry.subject()).contains("adult-social-care").contains("07•••••502").doesNotContain("07700900502");
        assertThat(entry.detail()).isEqualTo("priority 10 → 11: raised by hand");
    }

    @Test
    void a_call_handler_may_not_raise_a_caller_and_nothing_changes() {
        String first = join("childrens-social-care", "07700900511");
        String second = join("childrens-social-care", "07700900512");
        awaitWaiting("childrens-social-care", first, second);
        long before = lastAuditId();
        signIn("handler-ali", Roles.HANDLER);

        assertThatThrownBy(() -> callerPriorities.raise("childrens-social-care", second))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(simulator.waitingUniqueIds("childrens-social-care")).containsExactly(first, second);
        assertThat(lastAuditId()).isEqualTo(before);
    }

    @Test
    void raising_the_head_or_a_caller_who_has_gone_is_refused_with_a_reason_and_sends_nothing() {
        String head = join("childrens-social-care", "07700900521");
        awaitWaiting("childrens-social-care", head);
        long before = lastAuditId();
        signIn("tl-morgan", Roles.TEAM_LEADER);

        assertThatThrownBy(() -> callerPriorities.raise("childrens-social-care", head))
                .hasMessage("That caller is already first in childrens-social-care.");
        assertThatThrownBy(() -> callerPriorities.raise("childrens-social-care", "no-such-caller"))
                .hasMessage("That caller is no longer waiting in childrens-social-care.");
        assertThat(lastAuditId()).isEqualTo(before);
    }

    @Test
    void the_escalation_raises_a_caller_past_the_threshold_over_ami_as_the_system() {
        String first = join("adult-social-care", "07700900531");
        String second = join("adult-social-care", "07700900532");
        awaitWaiting("adult-social-care", first, second);
        // Ten minutes on: both are past 90 s of their 2-minute target; only the one behind the head moves.
        Escalator escalator = new Escalator(liveQueues, raises, dialplan, Clock.offset(clock, Duration.ofMinutes(10)),
                new EscalationProperties(0.75, Duration.ofSeconds(1), true));

        // Callers other tests left waiting may be escalated too; these two are what this test follows.
        assertThat(escalator.escalateDue()).isPositive();

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(simulator.waitingUniqueIds("adult-social-care")).containsExactly(second, first));
        awaitWaiting("adult-social-care", second, first);
        AuditEntry entry = latestAbout(second);
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.detail()).startsWith("priority 10 → 11: waited 10:");

        escalator.escalateDue();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(latestAbout(first).actor())
                .as("the former head, now behind, is escalated too").isEqualTo("system"));
        assertThat(simulator.waitingUniqueIds("adult-social-care")).as("behind the one raised first")
                .containsExactly(second, first);
        escalator.escalateDue();
        assertThat(audit.latest(200)).filteredOn(e -> e.subject().contains(second)).as("only once").hasSize(1);
    }

    private String join(String queue, String number) {
        String uniqueId = simulator.joinCaller(queue, number, 10);
        joined.add(uniqueId);
        return uniqueId;
    }

    private void signIn(String username, String... roles) {
        ConsoleUserDetails principal = new ConsoleUserDetails(username, username, Optional.empty(),
                Set.copyOf(Arrays.asList(roles)), "", true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private long lastAuditId() {
        return audit.latest(1).stream().mapToLong(AuditEntry::id).findFirst().orElse(0);
    }

    private AuditEntry latestAbout(String uniqueId) {
        return audit.latest(50).stream().filter(e -> e.subject().contains(uniqueId)).findFirst().orElseThrow();
    }

    private void awaitWaiting(String queue, String... uniqueIdsInOrder) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(waiting(queue).stream().map(WaitingCaller::uniqueId)
                .toList()).containsExactly(uniqueIdsInOrder));
    }

    private List<WaitingCaller> waiting(String queue) {
        return liveQueues.snapshot().queue(queue).map(LiveQueue::waiting).orElse(List.of());
    }
}
