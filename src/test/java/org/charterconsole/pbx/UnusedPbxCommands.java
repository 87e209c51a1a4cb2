package org.charterconsole.pbx;

import java.util.concurrent.CompletableFuture;

/** A test's PBX that refuses every command; a test overrides only the commands it expects. */
public abstract class UnusedPbxCommands implements PbxCommands {

    private static <T> T unexpected(String command) {
        throw new UnsupportedOperationException(command + " is not expected in this test");
    }

    @Override
    public CompletableFuture<CommandResult> addMember(String queue, String agentInterface, String memberName,
                                                      boolean paused) {
        return unexpected("QueueAdd");
    }

    @Override
    public CompletableFuture<CommandResult> removeMember(String queue, String agentInterface) {
        return unexpected("QueueRemove");
    }

    @Override
    public CompletableFuture<CommandResult> pauseMember(String queue, String agentInterface, boolean paused,
                                                        String reason) {
        return unexpected("QueuePause");
    }

    @Override
    public CompletableFuture<CommandResult> changeCallerPriority(String queue, String channel, int priority,
                                                                 boolean immediate) {
        return unexpected("QueueChangePriorityCaller");
    }

    @Override
    public CompletableFuture<CommandResult> putDatabase(String family, String key, String value) {
        return unexpected("DBPut");
    }

    @Override
    public CompletableFuture<CommandResult> deleteDatabase(String family, String key) {
        return unexpected("DBDel");
    }

    @Override
    public CompletableFuture<CommandResult> deleteDatabaseTree(String family, String key) {
        return unexpected("DBDelTree");
    }

    @Override
    public CompletableFuture<CommandResult> originate(String channel, String context, String extension,
                                                      String callerId) {
        return unexpected("Originate");
    }

    @Override
    public CompletableFuture<CommandResult> requestQueueStatus() {
        return unexpected("QueueStatus");
    }
}
