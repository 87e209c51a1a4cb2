package org.charterconsole.agent.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.charterconsole.agent.AgentRoster;
import org.charterconsole.agent.AgentState;
import org.charterconsole.agent.AgentStates;
import org.charterconsole.agent.AgentStatus;
import org.charterconsole.agent.PauseReason;
import org.charterconsole.base.ui.SecondTicker;
import org.charterconsole.base.ui.ShownText;
import org.charterconsole.base.ui.Subscriptions;
import org.charterconsole.base.ui.UiPushDispatcher;
import org.charterconsole.base.ui.WaitClock;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.springframework.context.annotation.Scope;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handler's own phone on the console: its state and time in it, pause with a reason or become
 * available, log in to or out of queues. What it shows always comes from the live state (the
 * PBX's events); a request the PBX does not confirm within a few seconds is reported.
 */
@SpringComponent
@StyleSheet("context://styles/agents.css")
@Scope("prototype")
public class AgentControls extends Div {

    private final AgentStates states;
    private final AgentRoster roster;
    private final LiveQueues liveQueues;
    private final SecondTicker ticker;
    private final UiPushDispatcher dispatcher;
    private final Clock clock;
    private final Optional<String> phone;
    private final Span state = new Span();
    /** Counted on in the browser: the server sends when the state began, not a tick a second. */
    private final WaitClock timeInState = new WaitClock();
    private QueueList queuesShown;
    private final Map<PauseReason, Button> pauseButtons = new EnumMap<>(PauseReason.class);
    private final Button available = new Button("Available");
    private final Div queues = new Div();
    private final ComboBox<String> logInQueue = new ComboBox<>("Log in to a queue");
    private final Button logIn = new Button("Log in");
    private final Span message = new Span();
    private final ChangeTracker tracker = new ChangeTracker(this::showMessage, this::refresh);
    private final Subscriptions subscriptions = Subscriptions.whileAttached(this, this::follow);
    private LiveSnapshot snapshot;
    private AgentStatus status;
    private List<String> logInChoices = List.of();

    public AgentControls(AgentStates states, AgentRoster roster, LiveQueues liveQueues, SecondTicker ticker,
                         UiPushDispatcher dispatcher, Clock clock) {
        this.states = states;
        this.roster = roster;
        this.liveQueues = liveQueues;
        this.ticker = ticker;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.phone = states.ownInterface();
        addClassName("agent-controls");
        message.addClassName("agent-message");
        message.getElement().setAttribute("role", "status");
        if (phone.isEmpty()) {
            Paragraph noPhone = new Paragraph(AgentStates.NO_PHONE);
            noPhone.addClassName("agent-no-phone");
            add(noPhone);
            return;
        }
        state.addClassName("agent-state");
        timeInState.addClassName("agent-state-time");
        Span phoneName = new Span("Your phone " + phone.get());
        phoneName.addClassName("agent-phone");
        Div header = new Div(phoneName, state, timeInState);
        header.addClassName("agent-header");

        Div pause = new Div();
        pause.addClassName("agent-pause");
        for (PauseReason reason : PauseReason.values()) {
            Button button = new Button(reason.label(), click -> pause(reason));
            button.addClassName("pause-button");
            pauseButtons.put(reason, button);
            pause.add(button);
        }
        available.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        available.addClickListener(click -> tracker.send(phone.get(), "make you available",
                now -> now.loggedIn() && !now.paused(), states::resume));
        pause.add(available);

        queues.addClassName("agent-queues");
        logInQueue.setPlaceholder("Choose a queue");
        logIn.addClickListener(click -> logIn(logInQueue.getValue()));
        Div logInRow = new Div(logInQueue, logIn);
        logInRow.addClassName("agent-log-in");
        add(header, pause, queues, logInRow, message);
        show(liveQueues.snapshot());
    }

    /** Runs on every attach; what it opens is closed on detach. */
    private void follow(UI ui) {
        if (phone.isEmpty()) {
            return;
        }
        subscriptions.followChanges(dispatcher, ui, liveQueues::subscribe, this::shownPart, this::show);
        subscriptions.tickEverySecond(dispatcher, ui, ticker, this::tick);
        show(liveQueues.snapshot());
    }

    void show(LiveSnapshot next) {
        snapshot = next;
        status = roster.statusOf(next, phone.orElseThrow(), phone.get());
        tracker.observe(agentInterface -> Optional.of(status));
        refresh();
    }

    /** What these controls show of a snapshot: this phone's state and the queues with their services. */
    private ShownPart shownPart(LiveSnapshot next) {
        String agentInterface = phone.orElseThrow();
        return new ShownPart(roster.statusOf(next, agentInterface, agentInterface),
                next.queues().stream().map(queue -> queue.name() + "=" + queue.service()).toList());
    }

    private record ShownPart(AgentStatus status, List<String> queueServices) {
    }

    void tick() {
        tracker.tick();
    }

    private void pause(PauseReason reason) {
        tracker.send(phone.orElseThrow(), "pause you (" + reason.label() + ")", now -> now.pausedFor(reason),
                () -> states.pause(reason));
    }

    private void logIn(String queue) {
        if (queue == null) {
            showMessage("Choose a queue to log in to");
            return;
        }
        tracker.send(phone.orElseThrow(), "log you in to " + serviceOf(queue), now -> now.serves(queue),
                () -> states.logIn(queue));
    }

    private void logOut(String queue) {
        tracker.send(phone.orElseThrow(), "log you out of " + serviceOf(queue), now -> !now.serves(queue),
                () -> states.logOut(queue));
    }

    private void refresh() {
        if (status == null) {
            return;
        }
        boolean waiting = tracker.waiting();
        ShownText.set(state, status.describe());
        state.getElement().setAttribute("data-state", status.state().name().toLowerCase().replace('_', '-'));
        status.since().ifPresentOrElse(since -> timeInState.countUpFrom(since, clock), () -> timeInState.stop("–"));
        pauseButtons.forEach((reason, button) -> {
            button.setVisible(status.loggedIn());
            enable(button, !waiting && !status.pausedFor(reason));
        });
        available.setVisible(status.loggedIn() && status.paused());
        enable(available, !waiting);
        QueueList list = new QueueList(status.loggedIn(), status.queues(),
                status.queues().stream().map(this::serviceOf).toList(), waiting);
        if (!list.equals(queuesShown)) {
            queuesShown = list;
            showQueues(list);
        }
        List<String> others = snapshot.queues().stream().map(LiveQueue::name).filter(q -> !status.serves(q)).toList();
        if (!others.equals(logInChoices)) {
            String chosen = logInQueue.getValue();
            logInChoices = others;
            logInQueue.setItems(others);
            logInQueue.setItemLabelGenerator(this::serviceOf);
            logInQueue.setValue(chosen != null && others.contains(chosen) ? chosen : null);
        }
        enable(logIn, !waiting);
        state.getElement().setAttribute("data-paused-reason", status.pauseReason().orElse(""));
        if (status.state() == AgentState.UNAVAILABLE) {
            state.setTitle("The phone system cannot reach your phone: check it is plugged in and registered");
        }
    }

    /** Rebuilt only when it changes: a snapshot that moves other queues sends nothing here. */
    private void showQueues(QueueList list) {
        queues.removeAll();
        if (!list.loggedIn()) {
            queues.add(new Span("You are not logged in to any queue, so no calls come to you."));
        }
        for (int i = 0; i < list.queues().size(); i++) {
            String queue = list.queues().get(i);
            Span name = new Span(list.services().get(i));
            name.addClassName("agent-queue-name");
            Button logOut = new Button("Log out of " + list.services().get(i), click -> logOut(queue));
            logOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logOut.setEnabled(!list.waiting());
            Div row = new Div(name, logOut);
            row.addClassName("agent-queue");
            row.getElement().setAttribute("data-queue", queue);
            queues.add(row);
        }
    }

    /** A button's enabled state costs a browser call each time it is set, so only when it changes. */
    private static void enable(Button button, boolean enabled) {
        if (button.isEnabled() != enabled) {
            button.setEnabled(enabled);
        }
    }

    /** The queues a phone serves as listed, with the service names they are shown by. */
    private record QueueList(boolean loggedIn, List<String> queues, List<String> services, boolean waiting) {
    }

    private String serviceOf(String queue) {
        return snapshot == null ? queue
                : snapshot.queue(queue).map(LiveQueue::service).filter(s -> !s.isBlank()).orElse(queue);
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
    }
}
