package org.charterconsole.console;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.agent.ui.AgentControls;
import org.charterconsole.base.ui.SecondTicker;
import org.charterconsole.base.ui.ShownText;
import org.charterconsole.base.ui.Subscriptions;
import org.charterconsole.base.ui.UiPushDispatcher;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.routing.CallerPriorities;
import org.charterconsole.security.ConsoleUser;
import org.charterconsole.security.CurrentUser;
import org.charterconsole.security.Roles;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The call handler's live console: every queue they serve, each waiting caller with a ticking wait. */
@Route("console")
@PageTitle("Queues · Charter Console")
@Menu(title = "Queues", order = 1)
@RolesAllowed({Roles.HANDLER, Roles.TEAM_LEADER})
@StyleSheet("context://styles/console.css")
public class ConsoleView extends VerticalLayout {

    private final LiveQueues liveQueues;
    private final SecondTicker ticker;
    private final UiPushDispatcher dispatcher;
    /** Read once on the request thread: push callbacks run without a security context. */
    private final ConsoleUser user;
    private final Clock clock;
    private final CallerPriorities callerPriorities;
    private final Div linkBanner = new Div();
    private final Paragraph scope = new Paragraph();
    private final Div board = new Div();
    private final Map<String, QueueCard> cards = new LinkedHashMap<>();
    private final Subscriptions subscriptions = Subscriptions.whileAttached(this, this::follow);

    ConsoleView(LiveQueues liveQueues, SecondTicker ticker, UiPushDispatcher dispatcher, CurrentUser currentUser,
                Clock clock, AgentControls agentControls, CallerPriorities callerPriorities) {
        this.liveQueues = liveQueues;
        this.callerPriorities = callerPriorities;
        this.ticker = ticker;
        this.dispatcher = dispatcher;
        this.user = currentUser.require();
        this.clock = clock;
        addClassName("console-view");
        linkBanner.addClassName("link-banner");
        linkBanner.getElement().setAttribute("role", "alert");
        linkBanner.setText("The link to the phone system is down. Queues below may be out of date; reconnecting…");
        scope.addClassName("console-scope");
        board.addClassName("queue-board");
        add(linkBanner, agentControls, scope, board);
        show(liveQueues.snapshot());
    }

    /** Runs on every attach; what it opens is closed on detach. */
    private void follow(UI ui) {
        subscriptions.follow(dispatcher, ui, liveQueues::subscribe, this::show);
        subscriptions.tickEverySecond(dispatcher, ui, ticker, this::tick);
        show(liveQueues.snapshot());
    }

    void show(LiveSnapshot snapshot) {
        linkBanner.setVisible(!snapshot.pbxConnected());
        QueuesServed served = QueuesServed.of(snapshot, user.agentInterface(),
                user.hasRole(Roles.TEAM_LEADER) || user.hasRole(Roles.ADMIN));
        String scopeText = served.allQueues() ? "All queues" : "Queues you serve";
        ShownText.set(scope, scopeText);
        Map<String, QueueCard> previous = new LinkedHashMap<>(cards);
        cards.clear();
        for (LiveQueue queue : served.queues()) {
            QueueCard card = previous.get(queue.name());
            if (card == null) {
                card = new QueueCard(queue, clock, user.hasRole(Roles.TEAM_LEADER) ? this::raise : null);
            } else if (!card.queue().equals(queue)) {
                card.show(queue);
            }
            cards.put(queue.name(), card);
        }
        // Cards are re-laid only when the set or order of queues changes; otherwise only changed cards update.
        if (!List.copyOf(cards.keySet()).equals(List.copyOf(previous.keySet()))) {
            board.removeAll();
            cards.values().forEach(board::add);
        }
    }

    private void raise(String queue, String uniqueId) {
        if (uniqueId == null || uniqueId.isBlank()) {
            notify("That caller is no longer shown; nothing was raised.", false);
            return;
        }
        UI ui = UI.getCurrent();
        try {
            callerPriorities.raise(queue, uniqueId).thenAccept(result -> ui.access(() ->
                    notify(result.success() ? "Priority raised; the caller moves up."
                            : "The phone system did not raise it: " + result.message(), result.success())));
        } catch (IllegalArgumentException e) {
            notify(e.getMessage(), false);
        }
    }

    private static void notify(String message, boolean success) {
        Notification notification = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    void tick() {
        cards.values().forEach(QueueCard::tick);
    }
}
