package org.charterconsole.console;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import org.charterconsole.agent.AgentTestKit;
import org.charterconsole.agent.ui.AgentControls;
import org.charterconsole.base.time.MovableClock;
import org.charterconsole.queue.FakeLiveQueues;
import org.charterconsole.base.ui.SecondTicker;
import org.charterconsole.base.ui.UiPushDispatcher;
import org.charterconsole.base.ui.WaitClock;
import org.charterconsole.pbx.AgentActivity;
import org.charterconsole.queue.LiveAgent;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.WaitingCaller;
import org.charterconsole.routing.CallerPriorities;
import org.charterconsole.pbx.PbxCommands.CommandResult;
import com.vaadin.flow.component.button.Button;
import org.charterconsole.security.ConsolePrincipal;
import org.charterconsole.security.CurrentUser;
import org.charterconsole.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import elemental.json.Json;
import elemental.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The handler's live console, browserless: what it shows and how it follows pushed snapshots. */
class ConsoleViewTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOON);
    private final FakeLiveQueues liveQueues = new FakeLiveQueues(NOON);
    private final SecondTicker ticker = new SecondTicker();
    private final AgentTestKit agents = new AgentTestKit(liveQueues);
    private final CallerPriorities callerPriorities = mock(CallerPriorities.class);

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
    void handlerSeesOnlyTheQueuesTheirPhoneServesWithCallersInPositionOrder() {
        liveQueues.publish(snapshot(true,
                queue("council-tax", "Council Tax", caller("c-2", 2, "07700900222", 30), caller("c-1", 1, "07700900111", 90)),
                queue("housing", "Housing", caller("h-1", 1, "07700900333", 10))));
        openConsoleAs("handler", Roles.HANDLER);

        assertThat(queueNames()).containsExactly("council-tax");
        assertThat(rowIds()).containsExactly("c-1", "c-2");
        assertThat(texts("caller-number")).containsExactly("07•••••111", "07•••••222");
        assertThat(texts("caller-service")).containsOnly("Council Tax");
        assertThat(texts("caller-wait")).containsExactly("1:30", "0:30");
    }

    @Test
    void teamLeaderSeesEveryQueue() {
        liveQueues.publish(snapshot(true,
                queue("council-tax", "Council Tax", caller("c-1", 1, "07700900111", 5)),
                queue("housing", "Housing", caller("h-1", 1, "07700900333", 10))));
        openConsoleAs("leader", Roles.TEAM_LEADER, Roles.HANDLER);

        assertThat(queueNames()).containsExactly("council-tax", "housing");
    }

    @Test
    void aCallerWhoJoinsIsPushedInWithoutReloading() {
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax")));
        openConsoleAs("handler", Roles.HANDLER);
        assertThat(rowIds()).isEmpty();

        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", caller("c-9", 1, "01632960999", 0))));
        MockVaadin.clientRoundtrip();

        assertThat(rowIds()).containsExactly("c-9");
    }

    @Test
    void waitsCountOnInTheBrowserAndTheServerOnlyRecoloursThemAtATarget() {
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", caller("c-1", 1, "07700900111", 80))));
        openConsoleAs("handler", Roles.HANDLER);
        assertThat(pageClockAnchors()).as("the server's now, sent once for every clock on the page")
                .containsExactly((double) NOON.toEpochMilli());
        WaitClock wait = _get(WaitClock.class, spec -> spec.withClasses("caller-wait"));
        assertThat(wait.getText()).isEqualTo("1:20");
        assertThat(wait.getElement().getAttribute("since")).isEqualTo(String.valueOf(NOON.minusSeconds(80).toEpochMilli()));
        assertThat(wait.getElement().getAttribute("data-urgency")).isEqualTo("ok");

        clock.advance(Duration.ofSeconds(200));
        ticker.tick();
        MockVaadin.runUIQueue();

        assertThat(pageClockAnchors()).as("sent once").isEmpty();
        assertThat(wait.getText()).as("the browser moves the text on; the server sends no tick").isEqualTo("1:20");
        assertThat(wait.getElement().getAttribute("data-urgency")).isEqualTo("near");
        assertThat(_get(Div.class, spec -> spec.withClasses("caller-row")).getElement().getAttribute("data-urgency"))
                .isEqualTo("near");
    }

    @Test
    void aLongQueueShowsItsFirstCallersAndHowManyMoreWaitAndOpensInFull() {
        WaitingCaller[] thirty = new WaitingCaller[30];
        for (int i = 0; i < 30; i++) {
            thirty[i] = caller("c-" + (i + 1), i + 1, "0770090%04d".formatted(i), 300 - i);
        }
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", thirty)));
        openConsoleAs("handler", Roles.HANDLER);

        assertThat(rowIds()).hasSize(QueueCard.SHOWN_CALLERS).startsWith("c-1", "c-2").endsWith("c-12");
        assertThat(texts("queue-summary")).containsExactly("30 waiting · agents 1 available, 0 busy, 0 paused");
        Button more = _get(Button.class, spec -> spec.withClasses("queue-more"));
        assertThat(more.getText()).isEqualTo("+18 more waiting");

        _click(more);

        assertThat(rowIds()).hasSize(30).endsWith("c-30");
        assertThat(more.getText()).isEqualTo("Show the first 12 only");

        _click(more);

        assertThat(rowIds()).hasSize(QueueCard.SHOWN_CALLERS);
        assertThat(more.getText()).isEqualTo("+18 more waiting");
    }

    @Test
    void whenTheHeadIsAnsweredEveryoneMovesUpInTheSameRows() {
        WaitingCaller[] fourteen = new WaitingCaller[14];
        for (int i = 0; i < 14; i++) {
            fourteen[i] = caller("c-" + (i + 1), i + 1, "0770090%04d".formatted(i), 100 - i);
        }
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", fourteen)));
        openConsoleAs("handler", Roles.HANDLER);
        List<Div> rowsBefore = _find(Div.class, spec -> spec.withClasses("caller-row"));

        WaitingCaller[] thirteen = new WaitingCaller[13];
        for (int i = 1; i < 14; i++) {
            WaitingCaller c = fourteen[i];
            thirteen[i - 1] = new WaitingCaller(c.uniqueId(), c.queue(), c.channel(), c.callerNumber(), "", i, 0,
                    c.joinedAt());
        }
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", thirteen)));
        MockVaadin.clientRoundtrip();

        assertThat(_find(Div.class, spec -> spec.withClasses("caller-row"))).containsExactlyElementsOf(rowsBefore);
        assertThat(rowIds()).hasSize(12).startsWith("c-2").endsWith("c-13");
        assertThat(texts("caller-position")).startsWith("1", "2").endsWith("12");
        assertThat(texts("caller-wait")).startsWith("1:39");
        assertThat(_get(Button.class, spec -> spec.withClasses("queue-more")).getText()).isEqualTo("+1 more waiting");
    }

    @Test
    void raiseActsOnTheCallerTheBrowserShowedEvenIfTheQueueMovedMeanwhile() {
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax",
                caller("c-1", 1, "07700900111", 200), caller("c-2", 2, "07700900222", 190),
                caller("c-3", 3, "07700900333", 180))));
        when(callerPriorities.raise("council-tax", "c-2"))
                .thenReturn(CompletableFuture.completedFuture(CommandResult.ok("Priority change for caller on queue")));
        openConsoleAs("leader", Roles.TEAM_LEADER);
        Button raiseSecond = _find(Button.class, spec -> spec.withText("Raise")).get(0);

        JsonObject shown = Json.createObject();
        shown.put(CallerRow.SHOWN_CALLER, "c-2");
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax",
                caller("c-2", 1, "07700900222", 190), caller("c-3", 2, "07700900333", 180))));
        MockVaadin.clientRoundtrip();
        _fireDomEvent(raiseSecond, "click", shown);

        verify(callerPriorities).raise("council-tax", "c-2");
    }

    @Test
    void everyQueueShowsItsClassAndTargetAndEachCallerIsColouredByHowCloseTheyAreToIt() {
        LiveQueue elas = new LiveQueue("elas", "Emergency Limited Assisted Scheme", PriorityClass.PRIORITY, 120, 90,
                List.of(caller("e-1", 1, "07700900401", 125), caller("e-2", 2, "07700900402", 90),
                        caller("e-3", 3, "07700900403", 89)),
                new LiveQueue.AgentCounts(0, 2, 0));
        liveQueues.publish(snapshot(true, elas, queue("council-tax", "Council Tax", caller("c-1", 1, "07700900111", 90))));
        openConsoleAs("leader", Roles.TEAM_LEADER);

        assertThat(texts("queue-target")).containsExactly("Priority · answer within 2:00 · 90% target",
                "Standard · answer within 5:00 · 80% target");
        assertThat(_get(Span.class, spec -> spec.withClasses("queue-target priority")).getText()).startsWith("Priority");
        assertThat(urgencies("caller-row")).containsExactly("over", "near", "ok", "ok");
        assertThat(urgencies("caller-wait")).containsExactly("over", "near", "ok", "ok");

        clock.advance(Duration.ofSeconds(1));
        ticker.tick();
        MockVaadin.clientRoundtrip();

        assertThat(urgencies("caller-row")).containsExactly("over", "near", "near", "ok");
    }

    @Test
    void aTeamLeaderRaisesACallerBehindTheHeadAndIsToldItWorked() {
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax",
                caller("c-1", 1, "07700900111", 200), caller("c-2", 2, "07700900222", 190))));
        when(callerPriorities.raise("council-tax", "c-2"))
                .thenReturn(CompletableFuture.completedFuture(CommandResult.ok("Priority change for caller on queue")));
        openConsoleAs("leader", Roles.TEAM_LEADER);
        assertThat(_find(Button.class, spec -> spec.withText("Raise"))).as("none for the head").hasSize(1);

        clickRaise();
        MockVaadin.clientRoundtrip();

        verify(callerPriorities).raise("council-tax", "c-2");
        expectNotifications("Priority raised; the caller moves up.");
    }

    @Test
    void aRaiseTheConsoleRefusesShowsWhy() {
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax",
                caller("c-1", 1, "07700900111", 200), caller("c-2", 2, "07700900222", 190))));
        when(callerPriorities.raise("council-tax", "c-2"))
                .thenThrow(new IllegalArgumentException("That caller is no longer waiting in council-tax."));
        openConsoleAs("leader", Roles.TEAM_LEADER);

        clickRaise();

        expectNotifications("That caller is no longer waiting in council-tax.");
    }

    @Test
    void aCallHandlerHasNoRaiseButton() {
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax",
                caller("c-1", 1, "07700900111", 200), caller("c-2", 2, "07700900222", 190))));
        openConsoleAs("handler", Roles.HANDLER);

        assertThat(rowIds()).containsExactly("c-1", "c-2");
        assertThat(_find(Button.class, spec -> spec.withText("Raise"))).isEmpty();
        verifyNoInteractions(callerPriorities);
    }

    @Test
    void eachCallerShowsTheWaitStillExpectedCountingDownWithTheClock() {
        WaitingCaller estimated = caller("c-1", 1, "07700900111", 80);
        estimated = new WaitingCaller(estimated.uniqueId(), estimated.queue(), estimated.channel(),
                estimated.callerNumber(), estimated.callerName(), 1, 0, estimated.joinedAt(),
                Optional.of(NOON.plusSeconds(125)));
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", estimated,
                caller("c-2", 2, "07700900222", 10))));
        openConsoleAs("handler", Roles.HANDLER);
        assertThat(texts("caller-estimate")).containsExactly("est. 2:05", "");
        assertThat(_find(WaitClock.class, spec -> spec.withClasses("caller-estimate")).get(0).getElement()
                .getAttribute("until")).as("the browser counts it down").isEqualTo(String.valueOf(NOON.plusSeconds(125).toEpochMilli()));

        clock.advance(Duration.ofSeconds(30));
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", estimated,
                caller("c-2", 2, "07700900222", 10))));
        MockVaadin.clientRoundtrip();

        assertThat(texts("caller-estimate")).as("unchanged estimate, nothing sent").containsExactly("est. 2:05", "");

        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", reestimated(estimated, 128),
                caller("c-2", 2, "07700900222", 10))));
        MockVaadin.clientRoundtrip();
        assertThat(until()).as("a re-estimate 3 s later is not worth a push").isEqualTo(NOON.plusSeconds(125));

        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", reestimated(estimated, 185),
                caller("c-2", 2, "07700900222", 10))));
        MockVaadin.clientRoundtrip();
        assertThat(until()).isEqualTo(NOON.plusSeconds(185));
        assertThat(texts("caller-estimate")).containsExactly("est. 2:35", "");
    }

    @Test
    void bannerShowsWhileThePbxLinkIsDownAndGoesWhenItReturns() {
        liveQueues.publish(snapshot(false, queue("council-tax", "Council Tax")));
        openConsoleAs("handler", Roles.HANDLER);
        Div banner = _get(Div.class, spec -> spec.withClasses("link-banner"));
        assertThat(banner.getText()).contains("link to the phone system is down");

        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax")));
        MockVaadin.clientRoundtrip();

        assertThat(banner.isVisible()).isFalse();
        assertThat(_find(Div.class, spec -> spec.withClasses("link-banner"))).isEmpty();

        liveQueues.publish(snapshot(false, queue("council-tax", "Council Tax")));
        MockVaadin.clientRoundtrip();

        assertThat(banner.isVisible()).isTrue();
    }

    @Test
    void leavingTheViewUnsubscribesFromLiveStateAndTicker() {
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax")));
        int roster = liveQueues.listenerCount(); // the agent roster follows the live state for good
        ConsoleView view = openConsoleAs("handler", Roles.HANDLER);
        assertThat(liveQueues.listenerCount()).as("the console and its agent controls").isEqualTo(roster + 2);
        assertThat(ticker.listenerCount()).isEqualTo(2);

        UI.getCurrent().remove(view);

        assertThat(liveQueues.listenerCount()).isEqualTo(roster);
        assertThat(ticker.listenerCount()).isZero();
    }

    private ConsoleView openConsoleAs(String username, String... roles) {
        var authorities = Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new TestPrincipal(username, Optional.of("PJSIP/2001")), "", authorities));
        ConsoleView view = new ConsoleView(liveQueues, ticker, UiPushDispatcher.direct(), new CurrentUser(), clock,
                new AgentControls(agents.states, agents.roster, liveQueues, ticker, UiPushDispatcher.direct(), clock),
                callerPriorities);
        UI.getCurrent().add(view);
        return view;
    }

    private static List<Object> pageClockAnchors() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(js -> js.getExpression().contains("waitClockAnchor"))
                .map(js -> js.getParameters().get(0)).toList();
    }

    private static WaitingCaller reestimated(WaitingCaller caller, long answerSecondsAfterNoon) {
        return new WaitingCaller(caller.uniqueId(), caller.queue(), caller.channel(), caller.callerNumber(),
                caller.callerName(), caller.position(), caller.priority(), caller.joinedAt(),
                Optional.of(NOON.plusSeconds(answerSecondsAfterNoon)));
    }

    private static Instant until() {
        return Instant.ofEpochMilli(Long.parseLong(_find(WaitClock.class, spec -> spec.withClasses("caller-estimate"))
                .get(0).getElement().getAttribute("until")));
    }

    /** As the browser sends it: the click with the caller its row showed. */
    private static void clickRaise() {
        Button raise = _get(Button.class, spec -> spec.withText("Raise"));
        JsonObject shown = Json.createObject();
        shown.put(CallerRow.SHOWN_CALLER, raise.getParent().orElseThrow().getElement().getAttribute("data-unique-id"));
        _fireDomEvent(raise, "click", shown);
    }

    private static List<String> queueNames() {
        return _find(Div.class, spec -> spec.withClasses("queue-card")).stream()
                .map(card -> card.getElement().getAttribute("data-queue")).toList();
    }

    private static List<String> rowIds() {
        return _find(Div.class, spec -> spec.withClasses("caller-row")).stream()
                .map(row -> row.getElement().getAttribute("data-unique-id")).toList();
    }

    private static List<String> urgencies(String className) {
        return _find(com.vaadin.flow.component.Component.class, spec -> spec.withClasses(className)).stream()
                .map(component -> component.getElement().getAttribute("data-urgency")).toList();
    }

    private static List<String> texts(String className) {
        return _find(com.vaadin.flow.component.Component.class, spec -> spec.withClasses(className)).stream()
                .map(component -> component.getElement().getText()).toList();
    }

    private LiveSnapshot snapshot(boolean connected, LiveQueue... queues) {
        LiveAgent handlerPhone = new LiveAgent("PJSIP/2001", "Alex", AgentActivity.AVAILABLE, Optional.empty(),
                Map.of("council-tax", AgentActivity.AVAILABLE), Optional.empty());
        return new LiveSnapshot(clock.instant(), liveQueues.nextVersion(), connected, List.of(queues),
                List.of(handlerPhone));
    }

    private static LiveQueue queue(String name, String service, WaitingCaller... callers) {
        List<WaitingCaller> inPositionOrder = Arrays.stream(callers)
                .sorted((a, b) -> Integer.compare(a.position(), b.position())).toList();
        return new LiveQueue(name, service, PriorityClass.STANDARD, 300, 80, inPositionOrder,
                new LiveQueue.AgentCounts(1, 0, 0));
    }

    private WaitingCaller caller(String uniqueId, int position, String number, long waitedSeconds) {
        return new WaitingCaller(uniqueId, "council-tax", "PJSIP/trunk-" + uniqueId, number, "",
                position, 0, NOON.minusSeconds(waitedSeconds));
    }

    private record TestPrincipal(String name, Optional<String> agentInterface) implements ConsolePrincipal {
        @Override
        public String displayName() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
