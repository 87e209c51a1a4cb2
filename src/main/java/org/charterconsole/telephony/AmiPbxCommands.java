package org.charterconsole.telephony;

import jakarta.annotation.PreDestroy;
import org.asteriskjava.manager.action.DbDelAction;
import org.asteriskjava.manager.action.DbDelTreeAction;
import org.asteriskjava.manager.action.DbPutAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.charterconsole.pbx.PbxCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends the console's actions over the current AMI connection on threads of its own (never the
 * reader thread). Each future completes with the PBX's answer, or as failed when the link is
 * down, the PBX refuses, or no answer comes within {@link AmiConnection#ACTION_TIMEOUT}.
 */
@Component
public class AmiPbxCommands implements PbxCommands {

    private static final Logger log = LoggerFactory.getLogger(AmiPbxCommands.class);

    private final AmiConnection connection;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "ami-commands");
        thread.setDaemon(true);
        return thread;
    });

    public AmiPbxCommands(AmiConnection connection) {
        this.connection = connection;
    }

    @Override
    public CompletableFuture<CommandResult> addMember(String queue, String agentInterface, String memberName,
                                                      boolean paused) {
        QueueAddAction action = new QueueAddAction(queue, agentInterface);
        action.setMemberName(memberName);
        action.setPaused(paused);
        return send(action);
    }

    @Override
    public CompletableFuture<CommandResult> removeMember(String queue, String agentInterface) {
        return send(new QueueRemoveAction(queue, agentInterface));
    }

    @Override
    public CompletableFuture<CommandResult> pauseMember(String queue, String agentInterface, boolean paused,
                                                        String reason) {
        QueuePauseAction action = new QueuePauseAction();
        action.setInterface(agentInterface);
        if (queue != null && !queue.isBlank()) {
            action.setQueue(queue);
        }
        action.setPaused(paused);
        if (paused && reason != null && !reason.isBlank()) {
            action.setReason(reason);
        }
        return send(action);
    }

    @Override
    public CompletableFuture<CommandResult> changeCallerPriority(String queue, String channel, int priority,
                                                                 boolean immediate) {
        return send(new QueueChangePriorityCallerImmediateAction(queue, channel, priority, immediate))
                // app_queue moves the caller without any event: let QueueStatus tell the new order
                .whenComplete((result, failure) -> connection.requestResync());
    }

    @Override
    public CompletableFuture<CommandResult> withdrawCaller(String queue, String channel, String withdrawInfo) {
        return send(new QueueWithdrawCallerAction(queue, channel, withdrawInfo));
    }

    @Override
    public CompletableFuture<CommandResult> putDatabase(String family, String key, String value) {
        return send(new DbPutAction(family, key, value));
    }

    @Override
    public CompletableFuture<CommandResult> deleteDatabase(String family, String key) {
        return send(new DbDelAction(family, key));
    }

    @Override
    public CompletableFuture<CommandResult> deleteDatabaseTree(String family, String key) {
        return send(new DbDelTreeAction(family, key));
    }

    @Override
    public CompletableFuture<CommandResult> originate(String channel, String context, String extension,
                                                      String callerId) {
        OriginateAction action = new OriginateAction();
        action.setChannel(channel);
        action.setContext(context);
        action.setExten(extension);
        action.setPriority(1);
        action.setCallerId(callerId);
        action.setAsync(true);
        return send(action);
    }

    @Override
    public CompletableFuture<CommandResult> requestQueueStatus() {
        if (!connection.status().connected()) {
            return CompletableFuture.completedFuture(CommandResult.failed("The PBX link is down"));
        }
        connection.requestResync();
        return CompletableFuture.completedFuture(CommandResult.ok("Queue status requested"));
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }

    private CompletableFuture<CommandResult> send(ManagerAction action) {
        CompletableFuture<CommandResult> result = new CompletableFuture<>();
        try {
            executor.execute(() -> result.complete(sendNow(action)));
        } catch (RuntimeException e) {
            result.complete(CommandResult.failed("The console is shutting down"));
        }
        return result.completeOnTimeout(CommandResult.failed("No answer from the PBX"),
                AmiConnection.ACTION_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
    }

    private CommandResult sendNow(ManagerAction action) {
        var current = connection.current();
        if (current.isEmpty()) {
            return CommandResult.failed("The PBX link is down");
        }
        try {
            ManagerResponse answer = current.get().sendAction(action, AmiConnection.ACTION_TIMEOUT.toMillis());
            String message = answer.getMessage() == null ? answer.getResponse() : answer.getMessage();
            return answer instanceof ManagerError ? CommandResult.failed(message) : CommandResult.ok(message);
        } catch (Exception e) {
            log.warn("AMI action {} failed: {}", action.getAction(), e.toString());
            return CommandResult.failed("The PBX did not answer: " + e.getClass().getSimpleName());
        }
    }
}
