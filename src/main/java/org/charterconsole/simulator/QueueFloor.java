package org.charterconsole.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
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
 * ordering rules and the events it sends. Not thread-safe: only the engine thread calls it.
 */
final class QueueFloor {

    private final Clock clock;
    private final Consumer<AmiMessage> events;
    private final Map<String, SimQueue> queues = new TreeMap<>();
    private final Map<String, SimCaller> callers = new HashMap<>();
    private final Map<String, SimDevice> devices = new TreeMap<>();
    /** Interfaces someone has added, removed or paused over AMI: the traffic plan leaves them alone. */
    private final Set<String> controlledOverAmi = new HashSet<>();
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

    SimCaller join(String queueName, String number, String name, int queuePriority) {
        return join(queueName, number, name, queuePriority, now());
    }

    /** {@code joinedAt} may lie in the past: callers already waiting when the simulation starts. */
    SimCaller join(String queueName, String number, String name, int queuePriority, Instant joinedAt) {
        SimQueue queue = queue(queueName).orElseThrow(() -> new IllegalArgumentException("No such queue: " + queueName));
        String channel = nextChannel("PJSIP/council-trunk");
        String uniqueId = nextUniqueId();
        // app_queue reports the position the caller got, and keeps it as the original position.
        int position = positionFor(queue, queuePriority);
        SimCaller caller = new SimCaller(uniqueId, channel, number, name, queueName, joinedAt, position, queuePriority);
        queue.insert(caller);
        callers.put(uniqueId, caller);
        events.accept(AmiEvents.join(caller, position, queue.callers.size()));
        onEntry.accept(caller);
        return caller;
    }

    /**
     * Queue() timed out: app_queue reports it as an abandon, then QUEUEPOSITION and QUEUESTATUS
     * (as in the Asterisk 22 capture, fixtures 04). The caller stays on the line, out of the queue,
     * hearing the wait message. Returns the position they left.
     */
    int stepOut(SimCaller caller) {
        SimQueue queue = queues.get(caller.queue);
        int position = queue.positionOf(caller);
        queue.abandoned++;
        events.accept(AmiEvents.varSet(caller, "ABANDONED", "TRUE"));
        events.accept(AmiEvents.abandon(caller, position, now()));
        queue.callers.remove(caller);
        events.accept(AmiEvents.leave(caller, position, queue.callers.size()));
        events.accept(AmiEvents.varSet(caller, "QUEUEPOSITION", position));
        events.accept(AmiEvents.varSet(caller, "QUEUESTATUS", "TIMEOUT"));
        caller.away = true;
        return position;
    }

    /**
     * After the wait message the dialplan enters Queue() again with the position argument: same
     * channel and Uniqueid, the dialplan's QUEUE_PRIO, app_queue's hold time counting afresh.
     */
    Optional<SimCaller> comeBack(String uniqueId, int position) {
        SimCaller away = callers.get(uniqueId);
        if (away == null || !away.away) {
            return Optional.empty();
        }
        SimQueue queue = queues.get(away.queue);
        int landed = queue.positionFor(away.dialplanPriority, position);
        SimCaller back = new SimCaller(uniqueId, away.channel, away.number, away.name, away.queue, now(), landed,
                away.dialplanPriority);
        queue.callers.add(landed - 1, back);
        callers.put(uniqueId, back);
        events.accept(AmiEvents.join(back, landed, queue.callers.size()));
        onEntry.accept(back);
        return Optional.of(back);
    }

    private static int positionFor(SimQueue queue, int queuePriority) {
        int index = 0;
        while (index < queue.callers.size() && queue.callers.get(index).queuePriority >= queuePriority) {
            index++;
        }
        return index + 1;
    }

    /** The caller hung up while queued: abandon, then leave. */
    boolean abandon(String uniqueId) {
        return abandon(uniqueId, null);
    }

    /** The console withdrew the caller: abandon, leave, then {@code QUEUESTATUS=WITHDRAW}. */
    boolean withdraw(String uniqueId) {
        return abandon(uniqueId, "WITHDRAW");
    }

    private boolean abandon(String uniqueId, String queueStatus) {
        SimCaller caller = callers.get(uniqueId);
        if (caller == null) {
            return false;
        }
        if (caller.away) {
            // hung up during the wait message: out of the queue already, so app_queue says nothing
            callers.remove(uniqueId);
            return true;
        }
        SimQueue queue = queues.get(caller.queue);
        if (caller.ringingInterface != null) {
            device(caller.ringingInterface).ifPresent(this::release);
        }
        int position = queue.positionOf(caller);
        queue.abandoned++;
        events.accept(AmiEvents.abandon(caller, position, now()));
        removeFromQueue(queue, caller, position);
        if (queueStatus != null) {
            events.accept(AmiEvents.varSet(caller, "QUEUESTATUS", queueStatus));
        }
        return true;
    }

    private void removeFromQueue(SimQueue queue, SimCaller caller, int position) {
        queue.callers.remove(caller);
        callers.remove(caller.uniqueId);
        events.accept(AmiEvents.leave(caller, position, queue.callers.size()));
    }

    boolean changePriority(SimCaller caller, int priority, boolean immediate) {
        SimQueue queue = queues.get(caller.queue);
        caller.queuePriority = priority;
        if (immediate) {
            queue.callers.remove(caller);
            queue.insert(caller);
        }
        return true;
    }

    String addMember(String queueName, String agentInterface, String name, boolean paused) {
        SimQueue queue = queues.get(queueName);
        if (queue == null) {
            return "Unable to add interface to queue: No such queue";
        }
        if (queue.members.containsKey(agentInterface)) {
            return "Unable to add interface: Already there";
        }
        SimMember member = new SimMember(queueName, agentInterface, name == null || name.isBlank() ? agentInterface : name,
                now().getEpochSecond());
        member.paused = paused;
        queue.members.put(agentInterface, member);
        SimDevice device = devices.computeIfAbsent(agentInterface, SimDevice::new);
        events.accept(AmiEvents.member("QueueMemberAdded", member, device));
        return null;
    }

    String removeMember(String queueName, String agentInterface) {
        SimQueue queue = queues.get(queueName);
        if (queue == null) {
            return "Unable to remove interface from queue: No such queue";
        }
        SimMember member = queue.members.remove(agentInterface);
        if (member == null) {
            return "Unable to remove interface: Not there";
        }
        events.accept(AmiEvents.member("QueueMemberRemoved", member, devices.get(agentInterface)));
        return null;
    }

    /** Pauses in one queue, or in all the interface's queues when {@code queueName} is empty. */
    boolean pause(String queueName, String agentInterface, boolean paused, String reason) {
        List<SimMember> targets = membershipsOf(agentInterface).stream()
                .filter(member -> queueName == null || queueName.isBlank() || member.queue.equals(queueName))
                .toList();
        for (SimMember member : targets) {
            member.paused = paused;
            member.pausedReason = paused && reason != null ? reason : "";
            if (paused) {
                member.lastPause = now().getEpochSecond();
            }
            events.accept(AmiEvents.member("QueueMemberPause", member, devices.get(agentInterface)));
        }
        return !targets.isEmpty();
    }

    List<SimMember> membershipsOf(String agentInterface) {
        return queues.values().stream().map(queue -> queue.members.get(agentInterface))
                .filter(member -> member != null).toList();
    }

    /**
     * The caller app_queue would offer this interface next. Each of its unpaused queues offers its
     * first caller not already ringing a phone (the queue's own order: higher QUEUE_PRIO first,
     * then first come first served). A queue offers nobody while a heavier queue the interface
     * belongs to has anyone in it, even a caller ringing another phone (app_queue's
     * {@code compare_weight}); between queues of equal weight the caller who has waited longest
     * goes first. QUEUE_PRIO is never compared across queues, as in app_queue.
     */
    Optional<SimCaller> nextCallerFor(String agentInterface) {
        List<SimMember> memberships = membershipsOf(agentInterface);
        int heaviestWithCallers = memberships.stream().map(member -> queues.get(member.queue))
                .filter(queue -> !queue.callers.isEmpty()).mapToInt(queue -> queue.weight).max().orElse(0);
        return memberships.stream().filter(member -> !member.paused)
                .map(member -> queues.get(member.queue))
                .filter(queue -> queue.weight >= heaviestWithCallers)
                .flatMap(queue -> queue.callers.stream().filter(c -> c.ringingInterface == null).limit(1))
                .min(Comparator.comparing(c -> c.joinedAt));
    }

    Optional<SimCaller> ring(String agentInterface) {
        SimDevice device = devices.get(agentInterface);
        if (device == null || !device.idle()) {
            return Optional.empty();
        }
        Optional<SimCaller> next = nextCallerFor(agentInterface);
        next.ifPresent(caller -> {
            device.caller = caller;
            device.channel = nextChannel(agentInterface);
            device.uniqueId = nextUniqueId();
            device.ringStartedAt = now();
            caller.ringingInterface = agentInterface;
            events.accept(AmiEvents.agentEvent("AgentCalled", caller, device, memberOf(caller, device), false));
            setStatus(device, SimDevice.RINGING);
        });
        return next;
    }

    void ringNoAnswer(String agentInterface) {
        SimDevice device = devices.get(agentInterface);
        if (device == null || device.caller == null || device.inCall()) {
            return;
        }
        long ringMillis = now().toEpochMilli() - device.ringStartedAt.toEpochMilli();
        events.accept(AmiEvents.agentEvent("AgentRingNoAnswer", device.caller, device,
                memberOf(device.caller, device), false).add("RingTime", ringMillis));
        release(device);
    }

    boolean connect(String agentInterface) {
        SimDevice device = devices.get(agentInterface);
        if (device == null || device.caller == null || device.inCall()) {
            return false;
        }
        SimCaller caller = device.caller;
        SimQueue queue = queues.get(caller.queue);
        long hold = caller.waitSeconds(now());
        long ring = now().getEpochSecond() - device.ringStartedAt.getEpochSecond();
        device.connectedAt = now();
        removeFromQueue(queue, caller, queue.positionOf(caller));
        queue.recordHold(hold);
        events.accept(AmiEvents.agentEvent("AgentConnect", caller, device, memberOf(caller, device), true)
                .add("HoldTime", hold).add("RingTime", ring));
        setStatus(device, SimDevice.INUSE);
        return true;
    }

    boolean complete(String agentInterface) {
        SimDevice device = devices.get(agentInterface);
        if (device == null || !device.inCall()) {
            return false;
        }
        SimCaller caller = device.caller;
        SimQueue queue = queues.get(caller.queue);
        long hold = device.connectedAt.getEpochSecond() - caller.joinedAt.getEpochSecond();
        long talk = now().getEpochSecond() - device.connectedAt.getEpochSecond();
        SimMember member = memberOf(caller, device);
        member.callsTaken++;
        member.lastCall = now().getEpochSecond();
        queue.completed++;
        queue.recordTalk(talk);
        events.accept(AmiEvents.agentEvent("AgentComplete", caller, device, member, true)
                .add("HoldTime", hold).add("TalkTime", talk).add("Reason", "agent"));
        release(device);
        return true;
    }

    private SimMember memberOf(SimCaller caller, SimDevice device) {
        SimMember member = queues.get(caller.queue).members.get(device.agentInterface);
        return member != null ? member : new SimMember(caller.queue, device.agentInterface, device.agentInterface, 0);
    }

    private void release(SimDevice device) {
        if (device.caller != null) {
            device.caller.ringingInterface = null;
        }
        device.caller = null;
        device.connectedAt = null;
        device.ringStartedAt = null;
        setStatus(device, SimDevice.NOT_INUSE);
    }

    private void setStatus(SimDevice device, int status) {
        device.status = status;
        for (SimMember member : membershipsOf(device.agentInterface)) {
            events.accept(AmiEvents.member("QueueMemberStatus", member, device));
        }
    }
}
