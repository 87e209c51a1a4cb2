package org.charterconsole.simulator;

import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.QueueMember;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The simulated council's day run in-process on a virtual clock, as fast as the machine goes: the
 * simulator's own traffic (arrivals, the lunchtime peak, shifts, breaks, handle times, abandons) with its
 * events handed over as the console's {@link PbxEvent}s, as the telephony adapter would translate them.
 * Also remembers, for every caller, what app_queue would have announced on joining: the queue's
 * exponential average hold time at that moment.
 */
public final class VirtualDay {

    private final MutableClock clock;
    private final QueueFloor floor;
    private final Agenda agenda = new Agenda();
    private final TrafficDriver traffic;
    private final Consumer<PbxEvent> sink;
    private final Map<String, Integer> appQueueEstimates = new HashMap<>();

    public VirtualDay(LocalDateTime start, long seed, Consumer<PbxEvent> sink) {
        this.clock = new MutableClock(start);
        this.sink = sink;
        this.floor = new QueueFloor(clock, this::translate);
        CouncilCatalog.SERVICES.forEach(service -> floor.defineQueue(service.queue(), service.weight()));
        this.traffic = new TrafficDriver(floor, agenda, AmiActions.newDatabase(), clock.getZone(), seed, 1.0);
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Moves the day on by {@code step}: due work first, then arrivals, shifts and ringing. */
    public void advance(Duration step) {
        clock.advance(step);
        agenda.runDue(clock.instant());
        traffic.tick(clock.instant());
    }

    /** app_queue's announced hold time for the caller when they joined (seconds). */
    public Optional<Integer> appQueueEstimate(String uniqueId) {
        return Optional.ofNullable(appQueueEstimates.get(uniqueId));
    }

    /** The whole floor as a QueueStatus answer, as the console asks for it every few seconds. */
    public PbxEvent.QueueStatusSnapshot queueStatus() {
        List<PbxEvent.QueueStatus> queues = new ArrayList<>();
        Instant now = clock.instant();
        for (SimQueue queue : floor.queues()) {
            List<QueueMember> members = queue.members.values().stream().map(member -> {
                SimDevice device = floor.device(member.agentInterface).orElseThrow();
                return new QueueMember(queue.name, member.agentInterface, member.name, true, member.paused,
                        member.pausedReason, device.status, device.inCall(), member.callsTaken);
            }).toList();
            List<PbxEvent.QueueEntry> entries = new ArrayList<>();
            for (int i = 0; i < queue.callers.size(); i++) {
                SimCaller caller = queue.callers.get(i);
                entries.add(new PbxEvent.QueueEntry(queue.name, caller.uniqueId, caller.channel, caller.number,
                        caller.name, i + 1, caller.waitSeconds(now), caller.queuePriority));
            }
            queues.add(new PbxEvent.QueueStatus(queue.name, queue.weight, queue.holdTime, queue.talkTime,
                    queue.completed, queue.abandoned, members, entries));
        }
        return new PbxEvent.QueueStatusSnapshot(now, queues);
    }

    private void translate(AmiMessage message) {
        Instant at = clock.instant();
        String name = message.getOrEmpty("Event");
        String queue = message.getOrEmpty("Queue");
        String uniqueId = message.getOrEmpty("Uniqueid");
        String agent = message.getOrEmpty("Interface");
        String memberName = message.getOrEmpty("MemberName");
        PbxEvent event = switch (name) {
            case "QueueCallerJoin" -> {
                appQueueEstimates.put(uniqueId, floor.queue(queue).orElseThrow().holdTime);
                yield new PbxEvent.CallerJoined(at, queue, uniqueId, message.getOrEmpty("Channel"),
                        message.getOrEmpty("CallerIDNum"), message.getOrEmpty("CallerIDName"),
                        number(message, "Position"), number(message, "Count"));
            }
            case "QueueCallerLeave" -> new PbxEvent.CallerLeft(at, queue, uniqueId, number(message, "Position"),
                    number(message, "Count"));
            case "QueueCallerAbandon" -> new PbxEvent.CallerAbandoned(at, queue, uniqueId,
                    number(message, "Position"), number(message, "OriginalPosition"), number(message, "HoldTime"));
            case "AgentCalled" -> new PbxEvent.AgentCalled(at, queue, uniqueId, agent, memberName);
            case "AgentConnect" -> new PbxEvent.AgentConnected(at, queue, uniqueId, agent, memberName,
                    number(message, "HoldTime"), number(message, "RingTime"));
            case "AgentComplete" -> new PbxEvent.AgentCompleted(at, queue, uniqueId, agent, memberName,
                    number(message, "HoldTime"), number(message, "TalkTime"), message.getOrEmpty("Reason"));
            case "AgentRingNoAnswer" -> new PbxEvent.AgentRingNoAnswer(at, queue, uniqueId, agent, memberName,
                    number(message, "RingTime"));
            case "QueueMemberAdded", "QueueMemberStatus", "QueueMemberPause" -> new PbxEvent.MemberUpdated(at,
                    new QueueMember(queue, agent, memberName, true, number(message, "Paused") == 1,
                            message.getOrEmpty("PausedReason"), (int) number(message, "Status"),
                            number(message, "InCall") == 1, (int) number(message, "CallsTaken")));
            case "QueueMemberRemoved" -> new PbxEvent.MemberRemoved(at, queue, agent);
            default -> null;
        };
        if (event != null) {
            sink.accept(event);
        }
    }

    private static int number(AmiMessage message, String header) {
        String value = message.getOrEmpty(header).strip();
        return value.isEmpty() ? 0 : (int) Long.parseLong(value);
    }
}
