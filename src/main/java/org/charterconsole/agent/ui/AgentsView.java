package org.charterconsole.agent.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.agent.AgentRoster;
import org.charterconsole.agent.AgentStates;
import org.charterconsole.agent.AgentStatus;
import org.charterconsole.agent.PauseReason;
import org.charterconsole.base.ui.SecondTicker;
import org.charterconsole.base.ui.Subscriptions;
import org.charterconsole.base.ui.UiPushDispatcher;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.security.Roles;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The team leader's agents: every phone the PBX knows and every user with a phone, what each is
 * doing and for how long; log one in to or out of a queue, or move it from one queue to another.
 */
@Route("agents")
@PageTitle("Agents · Charter Console")
@Menu(title = "Agents", order = 2)
@RolesAllowed(Roles.TEAM_LEADER)
@StyleSheet("context://styles/agents.css")
public class AgentsView extends VerticalLayout {

    private final AgentStates states;
    private final AgentRoster roster;
    private final LiveQueues liveQueues;
    private final SecondTicker ticker;
    private final Clock clock;
    private final Map<String, String> knownAgents;
    private final Grid<AgentStatus> agents = new Grid<>();
    private final Span selected = new Span();
    private final ComboBox<String> moveFrom = new ComboBox<>("Move from");
    private final ComboBox<String> moveTo = new ComboBox<>("to");
    private final Button move = new Button("Move");
    private final ComboBox<String> logInTo = new ComboBox<>("Log in to");
    private final Button logIn = new Button("Log in");
    private final ComboBox<String> logOutOf = new ComboBox<>("Log out of");
    private final Button logOut = new Button("Log out");
    private final HorizontalLayout actions;
    private final Span message = new Span();
    private final ChangeTracker tracker = new ChangeTracker(this::showMessage, this::refreshActions);
    private final UiPushDispatcher dispatcher;
    private final Subscriptions subscriptions = Subscriptions.whileAttached(this, this::follow);
    private LiveSnapshot snapshot;
    private List<AgentStatus> statuses = List.of();

    AgentsView(AgentStates states, AgentRoster roster, LiveQueues liveQueues, SecondTicker ticker,
               UiPushDispatcher dispatcher, Clock clock) {
        this.states = states;
        this.roster = roster;
        this.liveQueues = liveQueues;
        this.ticker = ticker;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.knownAgents = states.knownAgents();
        addClassName("agents-view");
        agents.addColumn(AgentStatus::name).setHeader("Name").setKey("name").setAutoWidth(true);
        agents.addColumn(AgentStatus::agentInterface).setHeader("Phone").setKey("phone").setAutoWidth(true);
        agents.addColumn(status -> status.queues().stream().map(this::serviceOf).collect(Collectors.joining(", ")))
                .setHeader("Queues").setKey("queues").setFlexGrow(1);
        agents.addColumn(status -> status.state().label()).setHeader("State").setKey("state").setAutoWidth(true);
        agents.addColumn(status -> status.pauseReason().map(PauseReason::labelOf).orElse(""))
                .setHeader("Pause reason").setKey("reason").setAutoWidth(true);
        agents.addColumn(status -> TimeInState.of(status.since(), clock)).setHeader("Time in state").setKey("time")
                .setAutoWidth(true);
        agents.setAllRowsVisible(true);
        agents.asSingleSelect().addValueChangeListener(event -> refreshActions());

        moveFrom.setItemLabelGenerator(this::serviceOf);
        moveTo.setItemLabelGenerator(this::serviceOf);
        logInTo.setItemLabelGenerator(this::serviceOf);
        logOutOf.setItemLabelGenerator(this::serviceOf);
        move.addClickListener(click -> withSelected(this::move));
        logIn.addClickListener(click -> withSelected(this::logIn));
        logOut.addClickListener(click -> withSelected(this::logOut));
        selected.addClassName("selected-agent");
        actions = new HorizontalLayout(selected, moveFrom, moveTo, move, logInTo, logIn, logOutOf, logOut);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        message.addClassName("agent-message");
        message.getElement().setAttribute("role", "status");
        showMessage("");
        add(new H2("Agents"), agents, actions, new Div(message));
        show(liveQueues.snapshot());
    }

    /** Runs on every attach; what it opens is closed on detach. */
    private void follow(UI ui) {
        subscriptions.follow(dispatcher, ui, liveQueues::subscribe, this::show);
        subscriptions.tickEverySecond(dispatcher, ui, ticker, this::tick);
        show(liveQueues.snapshot());
    }

    void show(LiveSnapshot next) {
        snapshot = next;
        Optional<String> keep = selectedAgent().map(AgentStatus::agentInterface);
        statuses = roster.roster(next, knownAgents);
        agents.setItems(statuses);
        keep.flatMap(this::statusOf).ifPresent(agents::select);
        tracker.observe(this::statusOf);
        refreshActions();
    }

    void tick() {
        tracker.tick();
        agents.getDataProvider().refreshAll();
    }

    private void move(AgentStatus agent) {
        String from = moveFrom.getValue();
        String to = moveTo.getValue();
        tracker.send(agent.agentInterface(), "move " + agent.name() + " from " + serviceOf(from) + " to " + serviceOf(to),
                now -> now.serves(to) && !now.serves(from), () -> states.moveAgent(agent.agentInterface(), from, to));
    }

    private void logIn(AgentStatus agent) {
        String queue = logInTo.getValue();
        tracker.send(agent.agentInterface(), "log " + agent.name() + " in to " + serviceOf(queue),
                now -> now.serves(queue), () -> states.logAgentIn(agent.agentInterface(), agent.name(), queue));
    }

    private void logOut(AgentStatus agent) {
        String queue = logOutOf.getValue();
        tracker.send(agent.agentInterface(), "log " + agent.name() + " out of " + serviceOf(queue),
                now -> !now.serves(queue), () -> states.logAgentOut(agent.agentInterface(), queue));
    }

    private void withSelected(java.util.function.Consumer<AgentStatus> action) {
        selectedAgent().ifPresentOrElse(action, () -> showMessage("Choose an agent in the list first"));
    }

    private void refreshActions() {
        Optional<AgentStatus> agent = selectedAgent();
        actions.setVisible(agent.isPresent());
        agent.ifPresent(status -> {
            selected.setText(status.name() + " (" + status.agentInterface() + ")");
            List<String> others = snapshot.queues().stream().map(LiveQueue::name).filter(q -> !status.serves(q))
                    .toList();
            choices(moveFrom, status.queues());
            choices(logOutOf, status.queues());
            choices(moveTo, others);
            choices(logInTo, others);
        });
        boolean idle = !tracker.waiting();
        move.setEnabled(idle);
        logIn.setEnabled(idle);
        logOut.setEnabled(idle);
    }

    /** Sets the items only when they change, so a choice being made is not disturbed by every push. */
    private static void choices(ComboBox<String> box, List<String> queues) {
        String chosen = box.getValue();
        if (!queues.equals(ComponentUtil.getData(box, List.class))) {
            ComponentUtil.setData(box, List.class, queues);
            box.setItems(queues);
        }
        box.setValue(chosen != null && queues.contains(chosen) ? chosen : null);
    }

    private Optional<AgentStatus> selectedAgent() {
        return Optional.ofNullable(agents.asSingleSelect().getValue());
    }

    private Optional<AgentStatus> statusOf(String agentInterface) {
        return statuses.stream().filter(status -> status.agentInterface().equals(agentInterface)).findFirst();
    }

    private String serviceOf(String queue) {
        if (queue == null) {
            return "";
        }
        return snapshot == null ? queue
                : snapshot.queue(queue).map(LiveQueue::service).filter(s -> !s.isBlank()).orElse(queue);
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
    }
}
