package org.charterconsole.agent.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.charterconsole.agent.AgentAuditActions;
import org.charterconsole.agent.AgentTestKit;
import org.charterconsole.agent.PauseReason;
import org.charterconsole.base.time.MovableClock;
import org.charterconsole.base.ui.SecondTicker;
import org.charterconsole.base.ui.UiPushDispatcher;
import org.charterconsole.base.ui.WaitClock;
import org.charterconsole.pbx.PbxCommands.CommandResult;
import org.charterconsole.queue.FakeLiveQueues;
import org.charterconsole.security.ConsoleUserDetails;
import org.charterconsole.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.charterconsole.agent.AgentTestKit.available;
import static org.charterconsole.agent.AgentTestKit.onCall;
import static org.charterconsole.agent.AgentTestKit.paused;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** The handler's own agent-state controls on the console, browserless, over a recording PBX. */
class AgentControlsTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");
    private static final String PHONE = "PJSIP/2001";

    private final MovableClock clock = new MovableClock(NOON);
    private final FakeLiveQueues liveQueues = new FakeLiveQueues(NOON);
    private final AgentTestKit kit = new AgentTestKit(liveQueues);
    private final SecondTicker ticker = new SecondTicker();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_handler_sees_their_phone_state_and_queues_as_the_pbx_reports_them() {
        kit.publish(available(PHONE, "Alex", "council-tax"));
        open(Optional.of(PHONE));

        assertThat(stateText()).isEqualTo("Available");
        assertThat(loggedInQueues()).containsExactly("council-tax");
        assertThat(_get(Button.class, spec -> spec.withText("Log out of Council Tax")).isVisible()).isTrue();
        assertThat(queueChoices().getListDataView().getItems().toList()).containsExactly("housing", "elas");
        assertThat(_find(Button.class, spec -> spec.withText("Available"))).isEmpty();
    }

    @Test
    void logging_in_sends_queue_add_for_their_own_phone_and_shows_it_only_once_the_pbx_reports_it() {
        kit.publish(available(PHONE, "Alex", "council-tax"));
        open(Optional.of(PHONE));

        _setValue(queueChoices(), "housing");
        _click(_get(Button.class, spec -> spec.withText("Log in")));

        assertThat(kit.pbx.sent()).containsExactly("QueueAdd housing PJSIP/2001 Alex paused=false");
        verify(kit.audit).record("handler", AgentAuditActions.LOGGED_IN, PHONE, "queue housing");
        assertThat(loggedInQueues()).containsExactly("council-tax");
        assertThat(message()).isEqualTo("Asking the phone system to log you in to Housing…");

        kit.publish(available(PHONE, "Alex", "council-tax", "housing"));
        MockVaadin.clientRoundtrip();

        assertThat(loggedInQueues()).containsExactly("council-tax", "housing");
        assertThat(_find(Span.class, spec -> spec.withClasses("agent-message"))).isEmpty();
    }

    @Test
    void logging_out_of_a_queue_sends_queue_remove_and_the_queue_goes_when_the_pbx_removes_it() {
        kit.publish(available(PHONE, "Alex", "council-tax", "housing"));
        open(Optional.of(PHONE));

        _click(_get(Button.class, spec -> spec.withText("Log out of Housing")));
        assertThat(kit.pbx.sent()).containsExactly("QueueRemove housing PJSIP/2001");
        verify(kit.audit).record("handler", AgentAuditActions.LOGGED_OUT, PHONE, "queue housing");

        kit.publish(available(PHONE, "Alex", "council-tax"));
        MockVaadin.clientRoundtrip();

        assertThat(loggedInQueues()).containsExactly("council-tax");
    }

    @ParameterizedTest
    @EnumSource(PauseReason.class)
    void pausing_with_a_reason_pauses_their_phone_in_every_queue_and_shows_the_reason_the_pbx_reports(
            PauseReason reason) {
        kit.publish(available(PHONE, "Alex", "council-tax", "housing"));
        open(Optional.of(PHONE));

        _click(_get(Button.class, spec -> spec.withText(reason.label())));

        assertThat(kit.pbx.sent()).containsExactly("QueuePause * PJSIP/2001 paused=true reason=" + reason.code());
        verify(kit.audit).record("handler", AgentAuditActions.PAUSED, PHONE, "reason " + reason.code());
        assertThat(stateText()).isEqualTo("Available");

        kit.publish(paused(PHONE, "Alex", reason.code(), "council-tax", "housing"));
        MockVaadin.clientRoundtrip();

        assertThat(stateText()).isEqualTo("Paused · " + reason.label());
        assertThat(_get(Span.class, spec -> spec.withClasses("agent-state")).getElement().getAttribute("data-state"))
                .isEqualTo("paused");
        assertThat(_get(Button.class, spec -> spec.withText(reason.label())).isEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withText("Available")).isVisible()).isTrue();
    }

    @Test
    void becoming_available_unpauses_their_phone_everywhere() {
        kit.publish(paused(PHONE, "Alex", "training", "council-tax"));
        open(Optional.of(PHONE));
        assertThat(stateText()).isEqualTo("Paused · Training");

        _click(_get(Button.class, spec -> spec.withText("Available")));

        assertThat(kit.pbx.sent()).containsExactly("QueuePause * PJSIP/2001 paused=false reason=null");
        verify(kit.audit).record("handler", AgentAuditActions.RESUMED, PHONE, "was training");
        kit.publish(available(PHONE, "Alex", "council-tax"));
        MockVaadin.clientRoundtrip();

        assertThat(stateText()).isEqualTo("Available");
        assertThat(_find(Button.class, spec -> spec.withText("Available"))).isEmpty();
    }

    @Test
    void on_a_call_shows_as_on_a_call_derived_from_the_live_state() {
        kit.publish(onCall(PHONE, "Alex", "council-tax"));
        open(Optional.of(PHONE));

        assertThat(stateText()).isEqualTo("On a call");
    }

    @Test
    void a_handler_without_a_phone_is_told_so_and_gets_no_controls() {
        kit.publish(available(PHONE, "Alex", "council-tax"));
        open(Optional.empty());

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("agent-no-phone")).getText())
                .contains("No phone is set up for you").contains("administrator");
        assertThat(_find(Button.class, spec -> spec.withText("Break"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Log in"))).isEmpty();
        verifyNoInteractions(kit.audit);
    }

    @Test
    void a_request_the_pbx_does_not_confirm_within_a_few_seconds_is_reported_and_the_state_stays_as_reported() {
        kit.publish(available(PHONE, "Alex", "council-tax"));
        open(Optional.of(PHONE));
        kit.pbx.neverAnswer();

        _click(_get(Button.class, spec -> spec.withText("Break")));
        for (int second = 1; second < 5; second++) {
            ticker.tick();
            MockVaadin.clientRoundtrip();
        }
        assertThat(message()).startsWith("Asking the phone system");
        assertThat(_get(Button.class, spec -> spec.withText("Training")).isEnabled()).isFalse();

        ticker.tick();
        MockVaadin.clientRoundtrip();

        assertThat(message()).contains("has not confirmed").contains("pause you (Break)");
        assertThat(stateText()).isEqualTo("Available");
        assertThat(_get(Button.class, spec -> spec.withText("Training")).isEnabled()).isTrue();
    }

    @Test
    void a_request_the_pbx_refuses_is_reported_with_its_reason() {
        kit.publish(available(PHONE, "Alex", "council-tax"));
        open(Optional.of(PHONE));
        kit.pbx.answerWith(CommandResult.failed("Interface not found"));

        _click(_get(Button.class, spec -> spec.withText("Admin")));
        MockVaadin.clientRoundtrip();

        assertThat(message()).isEqualTo("The phone system refused to pause you (Admin): Interface not found. "
                + "Nothing was changed.");
        verify(kit.audit).record("handler", AgentAuditActions.REFUSED, PHONE,
                "AGENT_PAUSED reason admin: Interface not found");
    }

    @Test
    void time_in_state_counts_from_when_the_pbx_reported_the_state() {
        kit.publishAt(NOON, available(PHONE, "Alex", "council-tax"));
        open(Optional.of(PHONE));
        WaitClock timeInState = _get(WaitClock.class, spec -> spec.withClasses("agent-state-time"));
        clock.advance(Duration.ofSeconds(65));
        ticker.tick();
        MockVaadin.clientRoundtrip();
        assertThat(timeInState.getElement().getAttribute("since")).as("the browser counts on from it")
                .isEqualTo(String.valueOf(NOON.toEpochMilli()));

        kit.publishAt(NOON.plusSeconds(65), paused(PHONE, "Alex", "break", "council-tax"));
        MockVaadin.clientRoundtrip();

        assertThat(timeInState.getText()).isEqualTo("0:00");
        assertThat(timeInState.getElement().getAttribute("since")).isEqualTo(String.valueOf(NOON.plusSeconds(65).toEpochMilli()));
    }

    @Test
    void a_logged_out_handler_can_log_in_but_not_pause() {
        kit.publish();
        open(Optional.of(PHONE));

        assertThat(stateText()).isEqualTo("Logged out");
        assertThat(_find(Button.class, spec -> spec.withText("Break"))).isEmpty();
        assertThat(queueChoices().getListDataView().getItems().toList()).containsExactly("council-tax", "housing", "elas");
    }

    @Test
    void leaving_the_console_unsubscribes_from_live_state_and_ticker() {
        kit.publish(available(PHONE, "Alex", "council-tax"));
        AgentControls controls = open(Optional.of(PHONE));
        int roster = 1;
        assertThat(liveQueues.listenerCount()).isEqualTo(roster + 1);

        UI.getCurrent().remove(controls);

        assertThat(liveQueues.listenerCount()).isEqualTo(roster);
        assertThat(ticker.listenerCount()).isZero();
    }

    private AgentControls open(Optional<String> phone) {
        ConsoleUserDetails principal = new ConsoleUserDetails("handler", "Alex", phone, Set.of(Roles.HANDLER), "", true);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
        AgentControls controls = new AgentControls(kit.states, kit.roster, liveQueues, ticker, UiPushDispatcher.direct(), clock);
        UI.getCurrent().add(controls);
        return controls;
    }

    private static String stateText() {
        return _get(Span.class, spec -> spec.withClasses("agent-state")).getText();
    }

    private static String message() {
        return _get(Span.class, spec -> spec.withClasses("agent-message")).getText();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> queueChoices() {
        return _get(ComboBox.class, spec -> spec.withLabel("Log in to a queue"));
    }

    private static List<String> loggedInQueues() {
        return _find(Div.class, spec -> spec.withClasses("agent-queue")).stream()
                .map(row -> row.getElement().getAttribute("data-queue")).toList();
    }
}
