package org.charterconsole.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The simulated app_queue: queues, callers, members and their devices, with app_queue's
 * ordering rules and the events it sends. Holds the state; callers' joins and leaves, the
 * members' roster and the agents' phones each have their own class. Not thread-safe: only the
 * engine thread calls it.
 */
final class QueueFloor {

    private final Clock clock;
    private final Consumer<AmiMessage> events;
    private final Map<String, SimQueue> queues = new TreeMap<>();
    private final Map<String, SimCaller> callers = new HashMap<>();
    private final Map<String, SimDevice> devices = new TreeMap<>();
    /** Interfaces someone has added, removed or paused over AMI: the traffic plan leaves them alone. */
    private final Set<String> controlledOverAmi = new HashSet<>();
    private final JoinsAndLeaves joinsAndLeaves = new JoinsAndLeaves(this);
    private final MemberRoster roster = new MemberRoster(this);
    private final AgentPhones phones = new AgentPhones(this);
    private final long epoch;
    private long sequence;
    private long channelSequence;
    private Consumer<SimCaller> onEntry = caller -> { };

    QueueFloor(Clock clock, Consumer<AmiMessage> events) {
        this.clock = clock;
        this.events = events;
        this.epoch = clock.instant().getEpochSecond();
    }

    Instant now() {
        return clock.instant();
    }

    void defineQueue(String name, int weight) {
        queues.putIfAbsent(name, new SimQueue(name, weight));
    }

    Optional<SimQueue> queue(String name) {
        return Optional.ofNullable(name == null ? null : queues.get(name));
    }

    Collection<SimQueue> queues() {
        return queues.values();
    }

    Optional<SimCaller> caller(String uniqueId) {
        return Optional.ofNullable(callers.get(uniqueId));
    }

    Optional<SimCaller> callerOnChannel(String queue, String channel) {
        return queue(queue).flatMap(q -> q.callers.stream().filter(c -> c.channel.equals(channel)).findFirst());
    }

    Optional<SimDevice> device(String agentInterface) {
        return Optional.ofNullable(devices.get(agentInterface));
    }

    Collection<SimDevice> devices() {
        return devices.values();
    }

    void controlledOverAmi(String agentInterface) {
        controlledOverAmi.add(agentInterface);
    }

    boolean isControlledOverAmi(String agentInterface) {
        return controlledOverAmi.contains(agentInterface);
    }

    String nextUniqueId() {
        return epoch + "." + sequence++;
    }

    String nextChannel(String tech) {
        return "%s-%08x".formatted(tech, channelSequence++);
    }

    /** Told of every caller entering a queue, on joining and on coming back from the wait message. */
    void onEntry(Consumer<SimCaller> listener) {
        this.onEntry = listener;
    }

    void emit(AmiMessage event) {
        events.accept(event);
    }

    List<SimMember> membershipsOf(String agentInterface) {
        return queues.values().stream().map(queue -> queue.members.get(agentInterface))
                .filter(member -> member != null).toList();
    }

    SimCaller join(String queueName, String number, String name, int queuePriority) {
        return join(queueName, number, name, queuePriority, now());
    }

    /** {@code joinedAt} may lie in the past: callers already waiting when the simulation starts. */
    SimCaller join(String queueName, String number, String name, int queuePriority, Instant joinedAt) {
        return joinsAndLeaves.join(queueName, number, name, queuePriority, joinedAt);
    }

    /** As Queue() with the shipped joinempty: turned away with QUEUESTATUS=JOINEMPTY when nobody is logged in. */
    JoinsAndLeaves.JoinAttempt joinUnlessEmpty(String queueName, String number, String name, int queuePriority,
                                               Instant joinedAt) {
        return joinsAndLeaves.joinUnlessEmpty(queueName, number, name, queuePriority, joinedAt);
    }

    /** Queue() timed out for the wait message; returns the position the caller left. */
    int stepOut(SimCaller caller) {
        return joinsAndLeaves.stepOut(caller);
    }

    Optional<SimCaller> comeBack(String uniqueId, int position) {
        return joinsAndLeaves.comeBack(uniqueId, position);
    }

    /** The caller hung up while queued: abandon, then leave. */
    boolean abandon(String uniqueId) {
        return joinsAndLeaves.abandon(uniqueId, null);
    }

    /** The console withdrew the caller: abandon, leave, then {@code QUEUESTATUS=WITHDRAW}. */
    boolean withdraw(String uniqueId) {
        return joinsAndLeaves.abandon(uniqueId, "WITHDRAW");
    }

    /** Leaves through the exit context (QueueCallerLeave), then the dialplan's CallbackRequested. */
    boolean pressCallbackKey(String uniqueId) {
        return joinsAndLeaves.pressCallbackKey(uniqueId);
    }

    boolean changePriority(SimCaller caller, int priority, boolean immediate) {
        return joinsAndLeaves.changePriority(caller, priority, immediate);
    }

    /** Null when added, else app_queue's error message. */
    String addMember(String queueName, String agentInterface, String name, boolean paused) {
        return roster.add(queueName, agentInterface, name, paused);
    }

    /** Null when removed, else app_queue's error message. */
    String removeMember(String queueName, String agentInterface) {
        return roster.remove(queueName, agentInterface);
    }

    /** Pauses in one queue, or in all the interface's queues when {@code queueName} is empty. */
    boolean pause(String queueName, String agentInterface, boolean paused, String reason) {
        return roster.pause(queueName, agentInterface, paused, reason);
    }

    Optional<SimCaller> nextCallerFor(String agentInterface) {
        return phones.nextCallerFor(agentInterface);
    }

    Optional<SimCaller> ring(String agentInterface) {
        return phones.ring(agentInterface);
    }

    void ringNoAnswer(String agentInterface) {
        phones.ringNoAnswer(agentInterface);
    }

    boolean connect(String agentInterface) {
        return phones.connect(agentInterface);
    }

    boolean complete(String agentInterface) {
        return phones.complete(agentInterface);
    }

    // For the classes the floor's work is split into.

    SimQueue queueOf(SimCaller caller) {
        return queues.get(caller.queue);
    }

    SimDevice deviceOrNew(String agentInterface) {
        return devices.computeIfAbsent(agentInterface, SimDevice::new);
    }

    void track(SimCaller caller) {
        callers.put(caller.uniqueId, caller);
    }

    void entered(SimCaller caller) {
        onEntry.accept(caller);
    }

    void forget(String uniqueId) {
        callers.remove(uniqueId);
    }

    /** Out of the queue for good (answered, abandoned, withdrawn): QueueCallerLeave. */
    void removeFromQueue(SimCaller caller, int position) {
        SimQueue queue = queueOf(caller);
        queue.callers.remove(caller);
        callers.remove(caller.uniqueId);
        events.accept(AmiEvents.leave(caller, position, queue.callers.size()));
    }

    /** Stops the phone ringing with this caller, if one is. */
    void stopRinging(SimCaller caller) {
        if (caller.ringingInterface != null) {
            device(caller.ringingInterface).ifPresent(phones::release);
        }
    }
}
