package org.charterconsole.agent;

import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.audit.AuditService;
import org.charterconsole.pbx.PbxCommands;
import org.charterconsole.pbx.PbxCommands.CommandResult;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.security.ConsoleUser;
import org.charterconsole.security.CurrentUser;
import org.charterconsole.security.Roles;
import org.charterconsole.security.UserAccounts;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Changes of agent state, sent to the PBX for a phone interface: a handler's own (from their user
 * record), or any phone for a team leader. Every request is audited before it is sent, and a refusal
 * after. The futures say what the PBX answered; what the phone is now doing is only ever read from
 * the live state, which follows the PBX's events.
 */
@Service
public class AgentStates {

    public static final String NO_PHONE = "No phone is set up for you, so you cannot log in to queues or pause. "
            + "Ask an administrator to set your phone (for example PJSIP/2001) in Users.";

    private final PbxCommands pbx;
    private final LiveQueues liveQueues;
    private final AgentRoster roster;
    private final UserAccounts users;
    private final AuditService audit;
    private final CurrentUser currentUser;

    AgentStates(PbxCommands pbx, LiveQueues liveQueues, AgentRoster roster, UserAccounts users, AuditService audit,
                CurrentUser currentUser) {
        this.pbx = pbx;
        this.liveQueues = liveQueues;
        this.roster = roster;
        this.users = users;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The signed-in user's phone as stored on their user now (an administrator may have just set it). */
    @RolesAllowed({Roles.HANDLER, Roles.TEAM_LEADER})
    public Optional<String> ownInterface() {
        return me().agentInterface();
    }

    /** @throws IllegalArgumentException without a phone, for an unknown queue, or when already logged in */
    @RolesAllowed({Roles.HANDLER, Roles.TEAM_LEADER})
    public CompletableFuture<CommandResult> logIn(String queue) {
        ConsoleUser me = me();
        String agentInterface = requirePhone(me);
        return logIn(current(agentInterface, me.displayName()), queue, "You are");
    }

    /** @throws IllegalArgumentException without a phone, or when not logged in to {@code queue} */
    @RolesAllowed({Roles.HANDLER, Roles.TEAM_LEADER})
    public CompletableFuture<CommandResult> logOut(String queue) {
        String agentInterface = requirePhone(me());
        return logOut(current(agentInterface, agentInterface), queue, "You are");
    }

    /** Pauses the user's phone in every queue it serves. */
    @RolesAllowed({Roles.HANDLER, Roles.TEAM_LEADER})
    public CompletableFuture<CommandResult> pause(PauseReason reason) {
        String agentInterface = requirePhone(me());
        if (reason == null) {
            throw new IllegalArgumentException("Choose a reason to pause: break, training, admin or wrap-up");
        }
        AgentStatus status = current(agentInterface, agentInterface);
        requireLoggedIn(status);
        if (status.pausedFor(reason)) {
            throw new IllegalArgumentException("You are already paused for " + reason.label().toLowerCase());
        }
        return send(agentInterface, AgentAuditActions.PAUSED, "reason " + reason.code(),
                () -> pbx.pauseMember("", agentInterface, true, reason.code()));
    }

    /** Makes the user's phone available again in every queue it serves. */
    @RolesAllowed({Roles.HANDLER, Roles.TEAM_LEADER})
    public CompletableFuture<CommandResult> resume() {
        String agentInterface = requirePhone(me());
        AgentStatus status = current(agentInterface, agentInterface);
        requireLoggedIn(status);
        if (!status.paused()) {
            throw new IllegalArgumentException("You are not paused");
        }
        return send(agentInterface, AgentAuditActions.RESUMED, status.pauseReason().map(r -> "was " + r).orElse(null),
                () -> pbx.pauseMember("", agentInterface, false, null));
    }

    /** Every user with a phone (interface → name), for the team leader's list of agents. */
    @RolesAllowed(Roles.TEAM_LEADER)
    public Map<String, String> knownAgents() {
        Map<String, String> known = new LinkedHashMap<>();
        for (ConsoleUser user : users.all()) {
            user.agentInterface().ifPresent(phone -> known.put(phone, user.displayName()));
        }
        return known;
    }

    /** A team leader logs any phone in to a queue; it joins paused if it is paused elsewhere. */
    @RolesAllowed(Roles.TEAM_LEADER)
    public CompletableFuture<CommandResult> logAgentIn(String agentInterface, String memberName, String queue) {
        AgentStatus status = current(requireInterface(agentInterface), memberName);
        return logIn(status, queue, who(status));
    }

    @RolesAllowed(Roles.TEAM_LEADER)
    public CompletableFuture<CommandResult> logAgentOut(String agentInterface, String queue) {
        AgentStatus status = current(requireInterface(agentInterface), agentInterface);
        return logOut(status, queue, who(status));
    }

    /** Adds the phone to {@code to}, then, once the PBX has done that, removes it from {@code from}. */
    @RolesAllowed(Roles.TEAM_LEADER)
    public CompletableFuture<CommandResult> moveAgent(String agentInterface, String from, String to) {
        AgentStatus status = current(requireInterface(agentInterface), agentInterface);
        requireQueue(to);
        if (from == null || from.equals(to)) {
            throw new IllegalArgumentException("Choose two different queues to move between");
        }
        if (!status.serves(from)) {
            throw new IllegalArgumentException(who(status) + " not logged in to " + from);
        }
        if (status.serves(to)) {
            throw new IllegalArgumentException(who(status) + " already logged in to " + to);
        }
        return send(agentInterface, AgentAuditActions.MOVED, "from " + from + " to " + to,
                () -> add(status, to).thenCompose(added -> added.success()
                        ? pbx.removeMember(from, agentInterface) : CompletableFuture.completedFuture(added)));
    }

    private CompletableFuture<CommandResult> logIn(AgentStatus status, String queue, String who) {
        requireQueue(queue);
        if (status.serves(queue)) {
            throw new IllegalArgumentException(who + " already logged in to " + queue);
        }
        return send(status.agentInterface(), AgentAuditActions.LOGGED_IN, "queue " + queue, () -> add(status, queue));
    }

    private CompletableFuture<CommandResult> logOut(AgentStatus status, String queue, String who) {
        if (queue == null || !status.serves(queue)) {
            throw new IllegalArgumentException(who + " not logged in to " + (queue == null ? "that queue" : queue));
        }
        return send(status.agentInterface(), AgentAuditActions.LOGGED_OUT, "queue " + queue,
                () -> pbx.removeMember(queue, status.agentInterface()));
    }

    private CompletableFuture<CommandResult> add(AgentStatus status, String queue) {
        CompletableFuture<CommandResult> added = pbx.addMember(queue, status.agentInterface(), status.name(),
                status.paused());
        if (!status.paused() || status.pauseReason().isEmpty()) {
            return added;
        }
        String reason = status.pauseReason().get();
        return added.thenCompose(result -> result.success()
                ? pbx.pauseMember(queue, status.agentInterface(), true, reason) : CompletableFuture.completedFuture(result));
    }

    private CompletableFuture<CommandResult> send(String agentInterface, String action, String detail,
                                                  Supplier<CompletableFuture<CommandResult>> command) {
        String actor = currentUser.actorName();
        audit.record(actor, action, agentInterface, detail);
        return command.get()
                .exceptionally(failure -> CommandResult.failed("The phone system did not answer"))
                .thenApply(result -> {
                    if (!result.success()) {
                        audit.record(actor, AgentAuditActions.REFUSED, agentInterface,
                                action + (detail == null ? "" : " " + detail) + ": " + result.message());
                    }
                    return result;
                });
    }

    private ConsoleUser me() {
        ConsoleUser signedIn = currentUser.require();
        return users.find(signedIn.username()).orElse(signedIn);
    }

    private static String requirePhone(ConsoleUser user) {
        return user.agentInterface().orElseThrow(() -> new IllegalArgumentException(NO_PHONE));
    }

    private static String requireInterface(String agentInterface) {
        if (agentInterface == null || agentInterface.isBlank()) {
            throw new IllegalArgumentException("Choose an agent");
        }
        return agentInterface;
    }

    private void requireQueue(String queue) {
        if (queue == null || queue.isBlank()) {
            throw new IllegalArgumentException("Choose a queue");
        }
        if (snapshot().queue(queue).isEmpty()) {
            throw new IllegalArgumentException("There is no queue " + queue);
        }
    }

    private static void requireLoggedIn(AgentStatus status) {
        if (!status.loggedIn()) {
            throw new IllegalArgumentException("Log in to a queue first");
        }
    }

    private static String who(AgentStatus status) {
        return status.name() + " (" + status.agentInterface() + ") is";
    }

    private AgentStatus current(String agentInterface, String name) {
        return roster.statusOf(snapshot(), agentInterface, name);
    }

    private LiveSnapshot snapshot() {
        return liveQueues.snapshot();
    }
}
