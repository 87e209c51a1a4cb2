package org.charterconsole.routing;

import org.charterconsole.audit.AuditService;
import org.charterconsole.base.privacy.CallerNumbers;
import org.charterconsole.pbx.PbxCommands;
import org.charterconsole.pbx.PbxCommands.CommandResult;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.WaitingCaller;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends one priority raise to the PBX ({@code QueueChangePriorityCaller} with {@code Immediate}, so
 * app_queue moves the caller at once) and writes it to the audit trail. Checks no roles: the
 * escalation calls it as the system, {@link CallerPriorities} after checking the user's.
 * <p>
 * It remembers each raise the PBX took: app_queue forgets one when the caller steps out of the queue
 * for the periodic wait message and comes back with the dialplan's QUEUE_PRIO, and
 * {@link #restoreLost} gives it back.
 */
@Component
class PriorityRaises {

    static final String RAISED = "CALLER_PRIORITY_RAISED";
    static final String FAILED = "CALLER_PRIORITY_RAISE_FAILED";
    static final String RESTORED = "CALLER_PRIORITY_RESTORED";
    /** Long enough for the QueueStatus that follows every raise (and the periodic ones) to have shown it. */
    static final Duration SETTLE = Duration.ofSeconds(60);

    private record Raise(int priority, Instant at) {}

    private final PbxCommands pbx;
    private final AuditService audit;
    private final Clock clock;
    private final Map<String, Raise> raised = new ConcurrentHashMap<>();

    PriorityRaises(PbxCommands pbx, AuditService audit, Clock clock) {
        this.pbx = pbx;
        this.audit = audit;
        this.clock = clock;
    }

    /** One step up to {@code toPriority}. Audited before it is sent, so a raise is on record even when the PBX never answers. */
    CompletableFuture<CommandResult> raise(WaitingCaller caller, int toPriority, String actor, String why) {
        audit.record(actor, RAISED, subject(caller), "priority %d → %d: %s".formatted(toPriority - 1, toPriority, why));
        return send(caller, toPriority, actor);
    }

    /**
     * Raises again every waiting caller who now has a lower priority than the PBX took for them,
     * at least {@link #SETTLE} ago; forgets callers no longer waiting. Returns how many it raised.
     */
    int restoreLost(LiveSnapshot snapshot, String actor) {
        Instant settled = clock.instant().minus(SETTLE);
        Set<String> waiting = new HashSet<>();
        int restored = 0;
        for (LiveQueue queue : snapshot.queues()) {
            for (WaitingCaller caller : queue.waiting()) {
                String key = EscalationRule.key(caller);
                waiting.add(key);
                Raise raise = raised.get(key);
                if (raise != null && caller.priority() < raise.priority() && !raise.at().isAfter(settled)) {
                    audit.record(actor, RESTORED, subject(caller), ("priority %d → %d: app_queue forgot the raise "
                            + "when the caller stepped out for the wait message").formatted(caller.priority(), raise.priority()));
                    send(caller, raise.priority(), actor);
                    restored++;
                }
            }
        }
        raised.keySet().retainAll(waiting);
        return restored;
    }

    private CompletableFuture<CommandResult> send(WaitingCaller caller, int toPriority, String actor) {
        String subject = subject(caller);
        String key = EscalationRule.key(caller);
        raised.put(key, new Raise(toPriority, clock.instant()));
        return pbx.changeCallerPriority(caller.queue(), caller.channel(), toPriority, true)
                .exceptionally(failure -> CommandResult.failed(String.valueOf(failure.getMessage())))
                .thenApply(result -> {
                    if (!result.success()) {
                        raised.remove(key);
                        audit.record(actor, FAILED, subject, "the PBX refused: " + result.message());
                    }
                    return result;
                });
    }

    static String subject(WaitingCaller caller) {
        return "%s · %s · %s".formatted(caller.queue(), CallerNumbers.mask(caller.callerNumber()), caller.uniqueId());
    }
}
