package org.charterconsole.agent.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.charterconsole.agent.AgentAuditActions;
import org.charterconsole.agent.AgentStatus;
import org.charterconsole.agent.AgentTestKit;
import org.charterconsole.base.time.MovableClock;
import org.charterconsole.base.ui.SecondTicker;
import org.charterconsole.base.ui.UiPushDispatcher;
import org.charterconsole.queue.FakeLiveQueues;
import org.charterconsole.security.ConsoleUser;
import org.charterconsole.security.ConsoleUserDetails;
import org.charterconsole.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.charterconsole.agent.AgentTestKit.available;
import static org.charterconsole.agent.AgentTestKit.onCall;
import static org.charterconsole.agent.AgentTestKit.paused;
import static org.mockito.Mockito.verify;

/** The team leader's agents view, browserless: every agent's state, and moving agents between queues. */
class AgentsViewTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOON);
    private final FakeLiveQueues liveQueues = new FakeLiveQueues(NOON);
    private final AgentTestKit kit = new AgentTestKit(liveQueues);
    private final SecondTicker ticker = new SecondTicker();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        ConsoleUserDetails principal = new ConsoleUserDetails("leader", "Lee Leader", Optional.of("PJSIP/2002"),
                Set.of(Roles.TEAM_LEADER, Roles.HANDLER), "", true);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
        kit.usersWithPhones(new ConsoleUser("alex", "Alex Agent", Set.of(Roles.HANDLER), Optional.of("PJSIP/2001")),
                new ConsoleUser("bo", "Bo Brown", Set.of(Roles.HANDLER), Optional.of("PJSIP/2003")));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_leader_sees_every_agent_with_phone_queues_state_pause_reason_and_time_in_state() {
        kit.publish(available("PJSIP/2001", "Alex", "council-tax", "housing"),
                paused("PJSIP/2010", "Chris Cole", "training", "elas"),
                onCall("PJSIP/2011", "Dee Dunn", "housing"));
        open();
        clock.advance(Duration.ofSeconds(125));
        ticker.tick();
        MockVaadin.clientRoundtrip();

        assertThat(rows()).containsExactly(
                "Alex Agent | PJSIP/2001 | Council Tax, Housing | Available |  | 2:05",
                "Bo Brown | PJSIP/2003 |  | Logged out |  | –",
                "Chris Cole | PJSIP/2010 | Emergency Limited Assisted Scheme | Paused | Training | 2:05",
                "Dee Dunn | PJSIP/2011 | Housing | On a call |  | 2:05");
    }

    @Test
    void the_leader_moves_an_agent_from_one_queue_to_another_and_the_list_follows_the_pbx() {
        kit.publish(available("PJSIP/2001", "Alex", "council-tax"));
        open();
        select("PJSIP/2001");

        _setValue(combo("Move from"), "council-tax");
        _setValue(combo("to"), "housing");
        _click(_get(Button.class, spec -> spec.withText("Move")));

        assertThat(kit.pbx.sent()).containsExactly("QueueAdd housing PJSIP/2001 Alex paused=false",
                "QueueRemove council-tax PJSIP/2001");
        verify(kit.audit).record("leader", AgentAuditActions.MOVED, "PJSIP/2001", "from council-tax to housing");
        assertThat(message()).isEqualTo("Asking the phone system to move Alex Agent from Council Tax to Housing…");

        kit.publish(available("PJSIP/2001", "Alex", "housing"));
        MockVaadin.clientRoundtrip();

        assertThat(rows()).first().asString().startsWith("Alex Agent | PJSIP/2001 | Housing | Available");
        assertThat(message()).isEmpty();
    }

    @Test
    void a_paused_agent_moved_to_another_queue_stays_paused_there_with_the_same_reason() {
        kit.publish(paused("PJSIP/2001", "Alex", "break", "council-tax"));
        open();
        select("PJSIP/2001");

        _setValue(combo("Move from"), "council-tax");
        _setValue(combo("to"), "elas");
        _click(_get(Button.class, spec -> spec.withText("Move")));

        assertThat(kit.pbx.sent()).containsExactly("QueueAdd elas PJSIP/2001 Alex paused=true",
                "QueuePause elas PJSIP/2001 paused=true reason=break", "QueueRemove council-tax PJSIP/2001");
    }

    @Test
    void the_leader_logs_a_logged_out_agent_in_and_another_out() {
        kit.publish(available("PJSIP/2010", "Chris Cole", "elas", "housing"));
        open();

        select("PJSIP/2003");
        _setValue(combo("Log in to"), "council-tax");
        _click(_get(Button.class, spec -> spec.withText("Log in")));
        assertThat(kit.pbx.sent()).containsExactly("QueueAdd council-tax PJSIP/2003 Bo Brown paused=false");
        verify(kit.audit).record("leader", AgentAuditActions.LOGGED_IN, "PJSIP/2003", "queue council-tax");
        kit.publish(available("PJSIP/2010", "Chris Cole", "elas", "housing"), available("PJSIP/2003", "Bo", "council-tax"));
        MockVaadin.clientRoundtrip();

        select("PJSIP/2010");
        _setValue(combo("Log out of"), "elas");
        _click(_get(Button.class, spec -> spec.withText("Log out")));

        assertThat(kit.pbx.sent()).endsWith("QueueRemove elas PJSIP/2010");
        verify(kit.audit).record("leader", AgentAuditActions.LOGGED_OUT, "PJSIP/2010", "queue elas");
    }

    @Test
    void moving_without_choosing_both_queues_says_so_and_sends_nothing() {
        kit.publish(available("PJSIP/2001", "Alex", "council-tax"));
        open();
        select("PJSIP/2001");

        _setValue(combo("Move from"), "council-tax");
        _click(_get(Button.class, spec -> spec.withText("Move")));

        assertThat(message()).isEqualTo("Choose a queue");
        assertThat(kit.pbx.sent()).isEmpty();
    }

    @Test
    void a_move_the_pbx_does_not_confirm_is_reported_after_a_few_seconds() {
        kit.publish(available("PJSIP/2001", "Alex", "council-tax"));
        open();
        select("PJSIP/2001");
        kit.pbx.neverAnswer();
        _setValue(combo("Move from"), "council-tax");
        _setValue(combo("to"), "housing");
        _click(_get(Button.class, spec -> spec.withText("Move")));

        for (int second = 0; second < 5; second++) {
            ticker.tick();
            MockVaadin.clientRoundtrip();
        }

        assertThat(message()).contains("has not confirmed the request to move Alex Agent from Council Tax to Housing");
        assertThat(rows()).first().asString().contains("| Council Tax |");
    }

    private void open() {
        UI.getCurrent().add(new AgentsView(kit.states, kit.roster, liveQueues, ticker, UiPushDispatcher.direct(), clock));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AgentStatus> grid() {
        return _get(Grid.class);
    }

    private static List<String> rows() {
        Grid<AgentStatus> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> String.join(" | ",
                List.of("name", "phone", "queues", "state", "reason", "time").stream()
                        .map(key -> GridKt._getFormatted(grid, row, key)).toList())).toList();
    }

    private static void select(String agentInterface) {
        Grid<AgentStatus> grid = grid();
        IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row))
                .filter(status -> status.agentInterface().equals(agentInterface)).findFirst()
                .ifPresent(grid::select);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    /** The message shown, or empty when none is. */
    private static String message() {
        return _find(Span.class, spec -> spec.withClasses("agent-message")).stream().findFirst().map(Span::getText)
                .orElse("");
    }
}
