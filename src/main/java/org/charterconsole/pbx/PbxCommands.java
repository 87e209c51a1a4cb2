package org.charterconsole.pbx;

import java.util.concurrent.CompletableFuture;

/** Actions the console asks of the PBX. Each completes with the PBX's answer, or exceptionally. */
public interface PbxCommands {

    CompletableFuture<CommandResult> addMember(String queue, String agentInterface, String memberName, boolean paused);

    CompletableFuture<CommandResult> removeMember(String queue, String agentInterface);

    /** Pauses or unpauses an interface; {@code queue} empty means in every queue. */
    CompletableFuture<CommandResult> pauseMember(String queue, String agentInterface, boolean paused, String reason);

    CompletableFuture<CommandResult> changeCallerPriority(String queue, String channel, int priority, boolean immediate);

    CompletableFuture<CommandResult> putDatabase(String family, String key, String value);

    /** Deletes one AstDB key (DBDel). */
    default CompletableFuture<CommandResult> deleteDatabase(String family, String key) {
        return CompletableFuture.completedFuture(CommandResult.failed("Deleting AstDB keys is not supported"));
    }

    /** Deletes every AstDB key under {@code family/key} (DBDelTree). */
    default CompletableFuture<CommandResult> deleteDatabaseTree(String family, String key) {
        return CompletableFuture.completedFuture(CommandResult.failed("Deleting AstDB keys is not supported"));
    }

    CompletableFuture<CommandResult> originate(String channel, String context, String extension, String callerId);

    /**
     * Takes a queued caller out of the queue (QueueWithdrawCaller, Asterisk 16.25/18.11+); the
     * dialplan then sees {@code QUEUESTATUS=WITHDRAW} and {@code QUEUE_WITHDRAW_INFO}.
     */
    default CompletableFuture<CommandResult> withdrawCaller(String queue, String channel, String withdrawInfo) {
        return CompletableFuture.completedFuture(CommandResult.failed("Withdrawing a caller is not supported"));
    }

    /** Asks for a full QueueStatus; the answer arrives as a {@link PbxEvent.QueueStatusSnapshot}. */
    CompletableFuture<CommandResult> requestQueueStatus();

    record CommandResult(boolean success, String message) {
        public static CommandResult ok(String message) {
            return new CommandResult(true, message);
        }

        public static CommandResult failed(String message) {
            return new CommandResult(false, message);
        }
    }
}
