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
import org.charterconsole.console.CallerList.ShownCaller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
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
import static org.assertj.core.api.Assertions.tuple;
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
        assertThat(rows()).extracting(ShownCaller::number).containsExactly("07•••••111", "07•••••222");
        assertThat(callerList().getElement().getAttribute(CallerList.EPOCH)).isEqualTo(String.valueOf(NOON.getEpochSecond()));
        assertThat(callerList().getElement().getAttribute(CallerList.CALLERS))
                .as("rows as arrays, times in seconds from the list's epoch, the mask's middle and raisable short")
                .startsWith("[[\"c-1\",1,\"07*111\",-90,null,0,\"ok\",0],");
        assertThat(rows()).extracting(ShownCaller::position).containsExactly(1, 2);
        assertThat(rows()).as("the browser counts on from when each joined")
                .extracting(ShownCaller::since).containsExactly(millisBeforeNoon(90), millisBeforeNoon(30));
    }

    @Test
    void aWaitIsSentAsTheWholeSecondsWaitedCountedFromTheServersWholeSecond() {
        WaitingCaller partSecond = new WaitingCaller("c-1", "council-tax", "PJSIP/trunk-c-1", "07700900111", "",
                1, 0, NOON.minusMillis(90_400));
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", partSecond)));
        openConsoleAs("handler", Roles.HANDLER);

        assertThat(rows()).extracting(ShownCaller::since).as("90.4 s waited at noon shows 1:30, as the browser counts")
                .containsExactly(millisBeforeNoon(90));
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
        assertThat(rows()).extracting(ShownCaller::since, ShownCaller::urgency)
                .containsExactly(tuple(millisBeforeNoon(80), "ok"));
        String sent = callerList().getElement().getAttribute(CallerList.CALLERS);

        clock.advance(Duration.ofSeconds(100));
        ticker.tick();
        MockVaadin.runUIQueue();

        assertThat(callerList().getElement().getAttribute(CallerList.CALLERS))
                .as("the browser moves the wait on; the server sends no tick").isEqualTo(sent);

        clock.advance(Duration.ofSeconds(100));
        ticker.tick();
        MockVaadin.runUIQueue();

        assertThat(pageClockAnchors()).as("sent once").isEmpty();
        assertThat(rows()).extracting(ShownCaller::since, ShownCaller::urgency)
                .containsExactly(tuple(millisBeforeNoon(80), "near"));
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
    void whenTheHeadIsAnsweredEveryoneMovesUpInOneChangeOfTheSameList() {
        WaitingCaller[] fourteen = new WaitingCaller[14];
        for (int i = 0; i < 14; i++) {
            fourteen[i] = caller("c-" + (i + 1), i + 1, "0770090%04d".formatted(i), 100 - i);
        }
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", fourteen)));
        openConsoleAs("handler", Roles.HANDLER);
        CallerList listBefore = callerList();

        WaitingCaller[] thirteen = new WaitingCaller[13];
        for (int i = 1; i < 14; i++) {
            WaitingCaller c = fourteen[i];
            thirteen[i - 1] = new WaitingCaller(c.uniqueId(), c.queue(), c.channel(), c.callerNumber(), "", i, 0,
                    c.joinedAt());
        }
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", thirteen)));
        MockVaadin.clientRoundtrip();

        assertThat(callerList()).isSameAs(listBefore);
        assertThat(rowIds()).hasSize(12).startsWith("c-2").endsWith("c-13");
        assertThat(rows()).extracting(ShownCaller::position).startsWith(1, 2).endsWith(12);
        assertThat(rows().get(0).since()).isEqualTo(millisBeforeNoon(99));
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
        assertThat(rows()).extracting(ShownCaller::raisable).containsExactly(false, true, true);

        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax",
                caller("c-2", 1, "07700900222", 190), caller("c-3", 2, "07700900333", 180))));
        MockVaadin.clientRoundtrip();
        clickRaise("c-2");

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
        assertThat(urgencies()).containsExactly("over", "near", "ok", "ok");

        clock.advance(Duration.ofSeconds(1));
        ticker.tick();
        MockVaadin.clientRoundtrip();

        assertThat(urgencies()).containsExactly("over", "near", "near", "ok");
    }

    @Test
    void aTeamLeaderRaisesACallerBehindTheHeadAndIsToldItWorked() {
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax",
                caller("c-1", 1, "07700900111", 200), caller("c-2", 2, "07700900222", 190))));
        when(callerPriorities.raise("council-tax", "c-2"))
                .thenReturn(CompletableFuture.completedFuture(CommandResult.ok("Priority change for caller on queue")));
        openConsoleAs("leader", Roles.TEAM_LEADER);
        assertThat(rows()).extracting(ShownCaller::raisable).as("none for the head").containsExactly(false, true);

        clickRaise("c-2");
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

        clickRaise("c-2");

        expectNotifications("That caller is no longer waiting in council-tax.");
    }

    @Test
    void aRaiseThatNamesNoCallerRaisesNobodyAndSaysSo() {
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax",
                caller("c-1", 1, "07700900111", 200), caller("c-2", 2, "07700900222", 190))));
        openConsoleAs("leader", Roles.TEAM_LEADER);

        _fireDomEvent(callerList(), "caller-raise", Json.createObject());

        verifyNoInteractions(callerPriorities);
        expectNotifications("That caller is no longer shown; nothing was raised.");
    }

    @Test
    void aCallHandlerHasNoRaiseButton() {
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax",
                caller("c-1", 1, "07700900111", 200), caller("c-2", 2, "07700900222", 190))));
        openConsoleAs("handler", Roles.HANDLER);

        assertThat(rowIds()).containsExactly("c-1", "c-2");
        assertThat(rows()).extracting(ShownCaller::raisable).containsExactly(false, false);

        clickRaise("c-2");

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
        assertThat(rows()).extracting(ShownCaller::until).as("the browser counts it down")
                .containsExactly(NOON.plusSeconds(125).toEpochMilli(), null);
        assertThat(callerList().getElement().getAttribute("estimate-prefix")).isEqualTo("est. ");
        assertThat(callerList().getElement().getAttribute("estimate-limit-text")).isEqualTo("est. over 1 h");
        String sent = callerList().getElement().getAttribute(CallerList.CALLERS);

        clock.advance(Duration.ofSeconds(30));
        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", estimated,
                caller("c-2", 2, "07700900222", 10))));
        MockVaadin.clientRoundtrip();

        assertThat(callerList().getElement().getAttribute(CallerList.CALLERS)).as("unchanged estimate, nothing sent")
                .isEqualTo(sent);

        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", reestimated(estimated, 128),
                caller("c-2", 2, "07700900222", 10))));
        MockVaadin.clientRoundtrip();
        assertThat(until()).as("a re-estimate 3 s later is not worth a push").isEqualTo(NOON.plusSeconds(125));

        liveQueues.publish(snapshot(true, queue("council-tax", "Council Tax", reestimated(estimated, 185),
                caller("c-2", 2, "07700900222", 10))));
        MockVaadin.clientRoundtrip();
        assertThat(until()).isEqualTo(NOON.plusSeconds(185));
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
        return Instant.ofEpochMilli(rows().get(0).until());
    }

    /** As the browser sends it: "Raise" clicked on the row that showed this caller. */
    private static void clickRaise(String uniqueId) {
        JsonObject shown = Json.createObject();
        shown.put(CallerList.RAISED_CALLER, uniqueId);
        _fireDomEvent(callerList(), "caller-raise", shown);
    }

    private static CallerList callerList() {
        return _get(CallerList.class);
    }

    /** Every card's rows as the browser was sent them, read back as caller-list.js reads them. */
    private static List<ShownCaller> rows() {
        return _find(CallerList.class).stream().flatMap(list -> decode(list).stream()).toList();
    }

    private static List<ShownCaller> decode(CallerList list) {
        String json = list.getElement().getAttribute(CallerList.CALLERS);
        long epoch = Long.parseLong(list.getElement().getAttribute(CallerList.EPOCH));
        String middle = list.getElement().getAttribute(CallerList.MASK_MIDDLE);
        JsonNode sent;
        try {
            sent = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
        List<ShownCaller> rows = new ArrayList<>();
        for (JsonNode row : sent) {
            assertThat(row.size()).as("fields of %s", row).isEqualTo(8);
            rows.add(new ShownCaller(row.get(0).asText(), row.get(1).asInt(),
                    row.get(2).asText().replace(CallerList.MIDDLE_SENT, middle), (epoch + row.get(3).asLong()) * 1000,
                    row.get(4).isNull() ? null : (epoch + row.get(4).asLong()) * 1000, row.get(5).asInt(),
                    row.get(6).asText(), row.get(7).asInt() == 1));
        }
        return rows;
    }

    private static long millisBeforeNoon(long seconds) {
        return NOON.minusSeconds(seconds).toEpochMilli();
    }

    private static List<String> queueNames() {
        return _find(Div.class, spec -> spec.withClasses("queue-card")).stream()
                .map(card -> card.getElement().getAttribute("data-queue")).toList();
    }

    private static List<String> rowIds() {
        return rows().stream().map(ShownCaller::uniqueId).toList();
    }

    private static List<String> urgencies() {
        return rows().stream().map(ShownCaller::urgency).toList();
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
