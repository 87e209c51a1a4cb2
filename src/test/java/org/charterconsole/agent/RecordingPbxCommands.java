package org.charterconsole.agent;

import org.charterconsole.pbx.PbxCommands;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** PBX commands for tests: records each action as one line and answers as the test says. */
public final class RecordingPbxCommands implements PbxCommands {

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private CommandResult answer = CommandResult.ok("Success");
    private boolean answers = true;

    public List<String> sent() {
        return List.copyOf(sent);
    }

    public void clear() {
        sent.clear();
    }

    /** Every later action is answered with {@code result}. */
    public void answerWith(CommandResult result) {
        this.answer = result;
        this.answers = true;
    }

    /** Every later action stays unanswered, as over a silently dead link. */
    public void neverAnswer() {
        this.answers = false;
    }

    @Override
    public CompletableFuture<CommandResult> addMember(String queue, String agentInterface, String memberName,
                                                      boolean paused) {
        return record("QueueAdd %s %s %s paused=%s".formatted(queue, agentInterface, memberName, paused));
    }

    @Override
    public CompletableFuture<CommandResult> removeMember(String queue, String agentInterface) {
        return record("QueueRemove %s %s".formatted(queue, agentInterface));
    }

    @Override
    public CompletableFuture<CommandResult> pauseMember(String queue, String agentInterface, boolean paused,
                                                        String reason) {
        return record("QueuePause %s %s paused=%s reason=%s".formatted(queue.isEmpty() ? "*" : queue, agentInterface,
                paused, reason));
    }

    @Override
    public CompletableFuture<CommandResult> changeCallerPriority(String queue, String channel, int priority,
                                                                 boolean immediate) {
        return record("QueueChangePriorityCaller " + queue);
    }

    @Override
    public CompletableFuture<CommandResult> putDatabase(String family, String key, String value) {
        return record("DBPut " + family + "/" + key);
    }

    @Override
    public CompletableFuture<CommandResult> originate(String channel, String context, String extension,
                                                      String callerId) {
        return record("Originate " + channel);
    }

    @Override
    public CompletableFuture<CommandResult> requestQueueStatus() {
        return record("QueueStatus");
    }

    private CompletableFuture<CommandResult> record(String line) {
        sent.add(line);
        return answers ? CompletableFuture.completedFuture(answer) : new CompletableFuture<>();
    }
}
