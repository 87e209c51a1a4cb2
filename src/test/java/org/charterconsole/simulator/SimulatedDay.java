package org.charterconsole.simulator;

import org.charterconsole.queue.CallTally;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.QueueFigures;
import org.charterconsole.queue.ServiceLevelCalculator;
import org.charterconsole.queue.WaitingCaller;
import org.charterconsole.routing.Escalation;
import org.charterconsole.routing.EscalationRule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One seeded council Monday played in-process on a virtual clock, second by second: the
 * simulator's own traffic (arrivals with the 12:00-14:00 peak, shifts, lunches, handle times,
 * abandons), its app_queue routing, and optionally the console's escalation rule applied to the
 * queues as the console would see them. Records what the routing test and the report need.
 */
final class SimulatedDay {

    static final int PRIORITY_TARGET = 120;
    static final int STANDARD_TARGET = 300;
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 30, 8, 0);
    private static final LocalDateTime END = LocalDateTime.of(2026, 11, 30, 17, 45);

    /**
     * @param weights    priority queues weigh 10 and standard 0, as {@code telephony/queues.conf}; false: all 0
     * @param escalation the console's escalation at {@code threshold} of the target; 0 for none
     */
    record Settings(String label, boolean weights, double escalation, List<SimulatedAgent> agents) {
    }

    /** A priority caller waiting, not being rung, in a queue the agent was offering a standard caller from. */
    record Violation(Instant at, String agentInterface, String standardCaller, String waitingPriorityCaller) {
    }

    private static final class Call {
        final PriorityClass priorityClass;
        final Instant joinedAt;
        String outcome = "WAITING";
        long waitSeconds;

        Call(PriorityClass priorityClass, Instant joinedAt) {
            this.priorityClass = priorityClass;
            this.joinedAt = joinedAt;
        }
    }

    private final MutableClock clock = new MutableClock(START);
    private final Map<String, Call> calls = new HashMap<>();
    private final Map<String, PriorityClass> classOfQueue = new HashMap<>();
    final List<Violation> violations = new ArrayList<>();
    final List<Escalation> escalations = new ArrayList<>();
    /** Offers of a standard caller to an agent, and how many came while the agent's priority queues were empty. */
    int standardOffers;
    int peakSecondsWithMoreCallersThanFreeAgents;
    int priorityOffersWithStandardWaiting;
    private QueueFloor floor;

    static SimulatedDay play(Settings settings, long seed) {
        SimulatedDay day = new SimulatedDay();
        day.run(settings, seed);
        return day;
    }

    private void run(Settings settings, long seed) {
        floor = new QueueFloor(clock, this::observe);
        for (SimulatedService service : CouncilCatalog.SERVICES) {
            floor.defineQueue(service.queue(), settings.weights() ? service.weight() : 0);
            classOfQueue.put(service.queue(), service.priorityClass() ? PriorityClass.PRIORITY : PriorityClass.STANDARD);
        }
        Agenda agenda = new Agenda();
        TrafficDriver driver = new TrafficDriver(floor, agenda, AmiActions.newDatabase(), MutableClock.LONDON, seed, 1,
                settings.agents());
        EscalationRule rule = settings.escalation() > 0 ? new EscalationRule(settings.escalation(), this::dialplanPriority)
                : null;
        Set<String> escalated = new HashSet<>();
        driver.warmUp();
        Instant end = END.atZone(MutableClock.LONDON).toInstant();
        while (clock.instant().isBefore(end)) {
            clock.advance(Duration.ofSeconds(1));
            Instant now = clock.instant();
            agenda.runDue(now);
            driver.tick(now);
            if (rule != null) {
                escalate(rule, escalated, now);
            }
            countShortHandedPeak(now);
        }
    }

    private int dialplanPriority(String queue) {
        return CouncilCatalog.SERVICES.stream().filter(s -> s.queue().equals(queue)).findFirst()
                .map(SimulatedService::callerPriority).orElse(0);
    }

    private void escalate(EscalationRule rule, Set<String> escalated, Instant now) {
        for (Escalation escalation : rule.due(asConsoleSeesIt(now), now, escalated)) {
            escalated.add(EscalationRule.key(escalation.caller()));
            escalations.add(escalation);
            floor.caller(escalation.caller().uniqueId())
                    .ifPresent(caller -> floor.changePriority(caller, escalation.toPriority(), true));
        }
    }

    /** The floor as the console's live state shows it: callers in position order with their targets. */
    private LiveSnapshot asConsoleSeesIt(Instant now) {
        List<LiveQueue> queues = new ArrayList<>();
        for (SimQueue queue : floor.queues()) {
            PriorityClass priorityClass = classOfQueue.get(queue.name);
            List<WaitingCaller> waiting = new ArrayList<>();
            for (SimCaller caller : queue.callers) {
                waiting.add(new WaitingCaller(caller.uniqueId, queue.name, caller.channel, caller.number, caller.name,
                        waiting.size() + 1, caller.queuePriority, caller.joinedAt));
            }
            queues.add(new LiveQueue(queue.name, queue.name, priorityClass, target(priorityClass),
                    priorityClass == PriorityClass.PRIORITY ? 90 : 80, waiting, LiveQueue.AgentCounts.NONE));
        }
        return new LiveSnapshot(now, 0, true, queues, List.of());
    }

    private void countShortHandedPeak(Instant now) {
        LocalTime time = now.atZone(MutableClock.LONDON).toLocalTime();
        if (time.isBefore(LocalTime.NOON) || !time.isBefore(LocalTime.of(14, 0))) {
            return;
        }
        long waiting = floor.queues().stream().mapToLong(queue -> queue.callers.stream()
                .filter(caller -> caller.ringingInterface == null).count()).sum();
        long free = floor.devices().stream().filter(SimDevice::idle)
                .filter(device -> floor.membershipsOf(device.agentInterface).stream().anyMatch(m -> !m.paused))
                .count();
        if (waiting > free) {
            peakSecondsWithMoreCallersThanFreeAgents++;
        }
    }

    private void observe(AmiMessage event) {
        String uniqueId = event.getOrEmpty("Uniqueid");
        if (event.isEvent("QueueCallerJoin")) {
            Instant joinedAt = floor.caller(uniqueId).map(caller -> caller.joinedAt).orElse(clock.instant());
            calls.put(uniqueId, new Call(classOfQueue.get(event.getOrEmpty("Queue")), joinedAt));
        } else if (event.isEvent("AgentCalled")) {
            checkOffer(event.getOrEmpty("Interface"), uniqueId, event.getOrEmpty("Queue"));
        } else if (event.isEvent("AgentConnect")) {
            settle(uniqueId, "ANSWERED", event.getOrEmpty("HoldTime"));
        } else if (event.isEvent("UserEvent") && event.getOrEmpty("UserEvent").equals("CallbackRequested")) {
            // raised after the caller left the queue through its exit context, with no abandon
            Call call = calls.get(uniqueId);
            if (call != null) {
                settle(uniqueId, "CALLBACK", String.valueOf(Duration.between(call.joinedAt, clock.instant()).toSeconds()));
            }
        } else if (event.isEvent("QueueCallerAbandon")) {
            settle(uniqueId, "ABANDONED", event.getOrEmpty("HoldTime"));
        }
    }

    /** Runs inside the floor's ring, with the offered caller already marked as ringing this agent. */
    private void checkOffer(String agentInterface, String uniqueId, String queue) {
        boolean standard = classOfQueue.get(queue) == PriorityClass.STANDARD;
        for (SimMember member : floor.membershipsOf(agentInterface)) {
            if (member.paused) {
                continue;
            }
            PriorityClass other = classOfQueue.get(member.queue);
            for (SimCaller waiting : floor.queue(member.queue).orElseThrow().callers) {
                if (waiting.ringingInterface != null) {
                    continue;
                }
                if (standard && other == PriorityClass.PRIORITY) {
                    violations.add(new Violation(clock.instant(), agentInterface, uniqueId, waiting.uniqueId));
                } else if (!standard && other == PriorityClass.STANDARD) {
                    priorityOffersWithStandardWaiting++;
                    break;
                }
            }
        }
        if (standard) {
            standardOffers++;
        }
    }

    private void settle(String uniqueId, String outcome, String holdTime) {
        Call call = calls.get(uniqueId);
        if (call != null && call.outcome.equals("WAITING")) {
            call.outcome = outcome;
            call.waitSeconds = holdTime.isBlank() ? 0 : Long.parseLong(holdTime.strip());
        }
    }

    static int target(PriorityClass priorityClass) {
        return priorityClass == PriorityClass.PRIORITY ? PRIORITY_TARGET : STANDARD_TARGET;
    }

    /** The charter figures of one class, computed where the console computes them. */
    QueueFigures figures(PriorityClass priorityClass) {
        long settled = 0;
        long answered = 0;
        long abandoned = 0;
        long callbacks = 0;
        long within = 0;
        long waiting = 0;
        for (Call call : calls.values()) {
            if (call.priorityClass != priorityClass) {
                continue;
            }
            switch (call.outcome) {
                case "WAITING" -> waiting++;
                case "ANSWERED" -> {
                    answered++;
                    if (call.waitSeconds <= target(priorityClass)) {
                        within++;
                    }
                }
                case "ABANDONED" -> abandoned++;
                default -> callbacks++;
            }
            if (!call.outcome.equals("WAITING")) {
                settled++;
            }
        }
        return ServiceLevelCalculator.figures(new CallTally(priorityClass.name(), settled, answered, abandoned, callbacks,
                within, 0), waiting);
    }

    /** Waits of settled calls (answered, abandoned or call-back), in seconds, sorted. */
    List<Long> waits(PriorityClass priorityClass) {
        return calls.values().stream().filter(call -> call.priorityClass == priorityClass)
                .filter(call -> !call.outcome.equals("WAITING")).map(call -> call.waitSeconds).sorted().toList();
    }

    Map<PriorityClass, QueueFigures> figuresByClass() {
        Map<PriorityClass, QueueFigures> figures = new EnumMap<>(PriorityClass.class);
        for (PriorityClass priorityClass : PriorityClass.values()) {
            figures.put(priorityClass, figures(priorityClass));
        }
        return figures;
    }
}
