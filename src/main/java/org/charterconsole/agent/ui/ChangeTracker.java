package org.charterconsole.agent.ui;

import com.vaadin.flow.component.UI;
import org.charterconsole.agent.AgentStatus;
import org.charterconsole.pbx.PbxCommands.CommandResult;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one change a panel has asked the PBX for and not yet seen come back in the live state.
 * Nothing is shown as done until the PBX's own events say so; after {@value #CONFIRM_WITHIN_TICKS}
 * beats of the shared second ticker without that, the user is told. UI thread only.
 */
final class ChangeTracker {

    static final int CONFIRM_WITHIN_TICKS = 5;

    private record Pending(String agentInterface, String description, Predicate<AgentStatus> done, int[] ticks) {}

    private final Consumer<String> message;
    private final Runnable changed;
    private Pending pending;

    /**
     * @param message shows a message to the user (empty clears it)
     * @param changed called whenever a change starts or ends, e.g. to enable or disable buttons
     */
    ChangeTracker(Consumer<String> message, Runnable changed) {
        this.message = message;
        this.changed = changed;
    }

    boolean waiting() {
        return pending != null;
    }

    /**
     * Sends a change and waits for the live state to show it. Bad input (the service's
     * IllegalArgumentException) is shown as it is and nothing is sent.
     *
     * @param description what is asked, completing "Asking the phone system to …", e.g. "pause you (Break)"
     */
    void send(String agentInterface, String description, Predicate<AgentStatus> done,
              Supplier<CompletableFuture<CommandResult>> command) {
        UI ui = UI.getCurrent();
        CompletableFuture<CommandResult> answer;
        try {
            answer = command.get();
        } catch (IllegalArgumentException e) {
            message.accept(e.getMessage());
            return;
        }
        Pending asked = new Pending(agentInterface, description, done, new int[1]);
        pending = asked;
        message.accept("Asking the phone system to " + description + "…");
        changed.run();
        answer.whenComplete((result, failure) -> ui.access(() -> answered(asked,
                failure == null ? result : CommandResult.failed("no answer"))));
    }

    /** A new live snapshot: the change is done once the phone's status shows it. */
    void observe(Function<String, Optional<AgentStatus>> statusOf) {
        if (pending != null && statusOf.apply(pending.agentInterface()).filter(pending.done()).isPresent()) {
            pending = null;
            message.accept("");
            changed.run();
        }
    }

    void tick() {
        if (pending != null && ++pending.ticks()[0] >= CONFIRM_WITHIN_TICKS) {
            String description = pending.description();
            pending = null;
            message.accept("The phone system has not confirmed the request to " + description
                    + " within a few seconds. What you see is what it last reported: try again, "
                    + "or tell your team leader if it keeps happening.");
            changed.run();
        }
    }

    private void answered(Pending asked, CommandResult result) {
        if (pending != asked || result.success()) {
            return;
        }
        pending = null;
        message.accept("The phone system refused to " + asked.description() + ": " + result.message()
                + ". Nothing was changed.");
        changed.run();
    }
}
