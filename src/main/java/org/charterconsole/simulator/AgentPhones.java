package org.charterconsole.simulator;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The members' phones: which caller app_queue offers an interface, ringing, ring-out, answering and
 * hanging up, with the Agent* and QueueMemberStatus events app_queue sends for each.
 */
final class AgentPhones {

    /** The PausedReason app_queue gives an automatic pause. */
    static final String AUTO_PAUSE_REASON = "Auto-Pause";

    private final QueueFloor floor;

    AgentPhones(QueueFloor floor) {
        this.floor = floor;
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
        List<SimMember> memberships = floor.membershipsOf(agentInterface);
        int heaviestWithCallers = memberships.stream().map(this::queueOf)
                .filter(queue -> !queue.callers.isEmpty()).mapToInt(queue -> queue.weight).max().orElse(0);
        return memberships.stream().filter(member -> !member.paused)
                .map(this::queueOf)
                .filter(queue -> queue.weight >= heaviestWithCallers)
                .flatMap(queue -> queue.callers.stream().filter(c -> c.ringingInterface == null).limit(1))
                .min(Comparator.comparing(c -> c.joinedAt));
    }

    Optional<SimCaller> ring(String agentInterface) {
        SimDevice device = floor.device(agentInterface).orElse(null);
        if (device == null || !device.idle()) {
            return Optional.empty();
        }
        Optional<SimCaller> next = nextCallerFor(agentInterface);
        next.ifPresent(caller -> {
            device.caller = caller;
            device.channel = floor.nextChannel(agentInterface);
            device.uniqueId = floor.nextUniqueId();
            device.ringStartedAt = floor.now();
            caller.ringingInterface = agentInterface;
            floor.emit(AmiEvents.agentEvent("AgentCalled", caller, device, memberOf(caller, device), false));
            setStatus(device, SimDevice.RINGING);
        });
        return next;
    }

    /**
     * The phone rang out: AgentRingNoAnswer, then, as queues.conf's {@code autopause = all} has it, the
     * member is paused in all their queues until they unpause themselves. Their phone stops ringing
     * after the pause (app_queue hangs up the ringing channel once it has paused the member).
     */
    void ringNoAnswer(String agentInterface) {
        SimDevice device = floor.device(agentInterface).orElse(null);
        if (device == null || device.caller == null || device.inCall()) {
            return;
        }
        long ringMillis = floor.now().toEpochMilli() - device.ringStartedAt.toEpochMilli();
        floor.emit(AmiEvents.agentEvent("AgentRingNoAnswer", device.caller, device,
                memberOf(device.caller, device), false).add("RingTime", ringMillis));
        floor.pause(null, agentInterface, true, AUTO_PAUSE_REASON);
        release(device);
    }

    boolean connect(String agentInterface) {
        SimDevice device = floor.device(agentInterface).orElse(null);
        if (device == null || device.caller == null || device.inCall()) {
            return false;
        }
        SimCaller caller = device.caller;
        SimQueue queue = floor.queueOf(caller);
        long hold = caller.waitSeconds(floor.now());
        long ring = floor.now().getEpochSecond() - device.ringStartedAt.getEpochSecond();
        device.connectedAt = floor.now();
        floor.removeFromQueue(caller, queue.positionOf(caller));
        queue.recordHold(hold);
        floor.emit(AmiEvents.agentEvent("AgentConnect", caller, device, memberOf(caller, device), true)
                .add("HoldTime", hold).add("RingTime", ring));
        setStatus(device, SimDevice.INUSE);
        return true;
    }

    boolean complete(String agentInterface) {
        SimDevice device = floor.device(agentInterface).orElse(null);
        if (device == null || !device.inCall()) {
            return false;
        }
        SimCaller caller = device.caller;
        SimQueue queue = floor.queueOf(caller);
        long hold = device.connectedAt.getEpochSecond() - caller.joinedAt.getEpochSecond();
        long talk = floor.now().getEpochSecond() - device.connectedAt.getEpochSecond();
        SimMember member = memberOf(caller, device);
        member.callsTaken++;
        member.lastCall = floor.now().getEpochSecond();
        queue.completed++;
        queue.recordTalk(talk);
        floor.emit(AmiEvents.agentEvent("AgentComplete", caller, device, member, true)
                .add("HoldTime", hold).add("TalkTime", talk).add("Reason", "agent"));
        release(device);
        return true;
    }

    /** The phone is free again: not ringing, not in a call. */
    void release(SimDevice device) {
        if (device.caller != null) {
            device.caller.ringingInterface = null;
        }
        device.caller = null;
        device.connectedAt = null;
        device.ringStartedAt = null;
        setStatus(device, SimDevice.NOT_INUSE);
    }

    private SimQueue queueOf(SimMember member) {
        return floor.queue(member.queue).orElseThrow();
    }

    private SimMember memberOf(SimCaller caller, SimDevice device) {
        SimMember member = floor.queueOf(caller).members.get(device.agentInterface);
        return member != null ? member : new SimMember(caller.queue, device.agentInterface, device.agentInterface, 0);
    }

    private void setStatus(SimDevice device, int status) {
        device.status = status;
        for (SimMember member : floor.membershipsOf(device.agentInterface)) {
            floor.emit(AmiEvents.member("QueueMemberStatus", member, device));
        }
    }
}
