package org.charterconsole.routing;

import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.pbx.PbxCommands.CommandResult;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.WaitingCaller;
import org.charterconsole.security.CurrentUser;
import org.charterconsole.security.Roles;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A team leader raising a waiting caller's priority by hand; audited under the leader's name. */
@Service
@RolesAllowed(Roles.TEAM_LEADER)
public class CallerPriorities {

    private final LiveQueues liveQueues;
    private final PriorityRaises raises;
    private final DialplanPriorities dialplan;
    private final CurrentUser currentUser;

    CallerPriorities(LiveQueues liveQueues, PriorityRaises raises, DialplanPriorities dialplan,
                     CurrentUser currentUser) {
        this.dialplan = dialplan;
        this.liveQueues = liveQueues;
        this.raises = raises;
        this.currentUser = currentUser;
    }

    /**
     * Moves the caller one priority step up, ahead of every caller still at its priority.
     *
     * @throws IllegalArgumentException with a message for the user when the caller is not waiting
     *                                  there any more or is already first; nothing is sent then
     */
    public CompletableFuture<CommandResult> raise(String queue, String uniqueId) {
        List<WaitingCaller> waiting = liveQueues.snapshot().queue(queue).map(LiveQueue::waiting).orElse(List.of());
        WaitingCaller caller = waiting.stream().filter(c -> c.uniqueId().equals(uniqueId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That caller is no longer waiting in " + queue + "."));
        if (waiting.indexOf(caller) == 0) {
            throw new IllegalArgumentException("That caller is already first in " + queue + ".");
        }
        return raises.raise(caller, EscalationRule.raisedPriority(caller, dialplan), currentUser.actorName(), "raised by hand");
    }
}
