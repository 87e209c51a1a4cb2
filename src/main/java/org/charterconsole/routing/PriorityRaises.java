package org.charterconsole.routing;

import org.charterconsole.audit.AuditService;
import org.charterconsole.base.privacy.CallerNumbers;
import org.charterconsole.pbx.PbxCommands;
import org.charterconsole.pbx.PbxCommands.CommandResult;
import org.charterconsole.queue.WaitingCaller;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one priority raise to the PBX ({@code QueueChangePriorityCaller} with {@code Immediate}, so
 * app_queue moves the caller at once) and writes it to the audit trail. Checks no roles: the
 * escalation calls it as the system, {@link CallerPriorities} after checking the user's.
 */
@Component
class PriorityRaises {

    static final String RAISED = "CALLER_PRIORITY_RAISED";
    static final String FAILED = "CALLER_PRIORITY_RAISE_FAILED";

    private final PbxCommands pbx;
    private final AuditService audit;

    PriorityRaises(PbxCommands pbx, AuditService audit) {
        this.pbx = pbx;
        this.audit = audit;
    }

    /** One step up to {@code toPriority}. Audited before it is sent, so a raise is on record even when the PBX never answers. */
    CompletableFuture<CommandResult> raise(WaitingCaller caller, int toPriority, String actor, String why) {
        String subject = subject(caller);
        audit.record(actor, RAISED, subject, "priority %d → %d: %s".formatted(toPriority - 1, toPriority, why));
        return pbx.changeCallerPriority(caller.queue(), caller.channel(), toPriority, true)
                .exceptionally(failure -> CommandResult.failed(String.valueOf(failure.getMessage())))
                .thenApply(result -> {
                    if (!result.success()) {
                        audit.record(actor, FAILED, subject, "the PBX refused: " + result.message());
                    }
                    return result;
                });
    }

    static String subject(WaitingCaller caller) {
        return "%s · %s · %s".formatted(caller.queue(), CallerNumbers.mask(caller.callerNumber()), caller.uniqueId());
    }
}
