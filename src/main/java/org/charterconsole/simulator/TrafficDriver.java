package org.charterconsole.simulator;

import org.charterconsole.base.privacy.CallerNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The simulated council at work: callers arrive, wait, give up or press the call-back key;
 * handlers log in for their shifts, take breaks, are rung, answer and wrap up. Engine thread only.
 */
final class TrafficDriver {

    private static final Logger log = LoggerFactory.getLogger(TrafficDriver.class);
    private static final Duration NO_ANSWER_AFTER = Duration.ofSeconds(15);
    static final String WRAP_UP = "wrap-up";

    private final QueueFloor floor;
    private final Agenda agenda;
    private final ArrivalGenerator arrivals;
    private final Map<String, String> astDb;
    private final ZoneId zone;
    private final Random random;
    private final List<SimulatedAgent> agents;
    private final Map<String, Arrival> callsByUniqueId = new HashMap<>();
    private Instant lastShiftCheck = Instant.MIN;

    TrafficDriver(QueueFloor floor, Agenda agenda, Map<String, String> astDb, ZoneId zone, long seed,
                  double trafficFactor) {
        this(floor, agenda, astDb, zone, seed, trafficFactor, CouncilCatalog.agents());
    }

    /** With a staffing of its own, e.g. to find the staffing that meets the charter. */
    TrafficDriver(QueueFloor floor, Agenda agenda, Map<String, String> astDb, ZoneId zone, long seed,
                  double trafficFactor, List<SimulatedAgent> agents) {
        this.agents = List.copyOf(agents);
        this.floor = floor;
        this.agenda = agenda;
        this.astDb = astDb;
        this.zone = zone;
        this.random = new Random(seed);
        this.arrivals = new ArrivalGenerator(CouncilCatalog.SERVICES, seed, floor.now(), zone, trafficFactor);
    }

    /**
     * The picture at start: handlers on shift logged in and, while open, most of them already on
     * a call and a few callers already waiting, so a new user sees traffic at once.
     */
    void warmUp() {
        checkShifts(floor.now());
        if (!open(floor.now())) {
            return;
        }
        for (SimDevice device : List.copyOf(floor.devices())) {
            List<SimMember> memberships = floor.membershipsOf(device.agentInterface);
            if (!memberships.isEmpty() && random.nextDouble() < 0.8) {
                SimMember member = memberships.get(random.nextInt(memberships.size()));
                SimulatedService service = serviceOf(member.queue);
                floor.join(member.queue, randomNumber(), "Resident", service.callerPriority(), floor.now().minusSeconds(random.nextInt(120)));
                floor.ring(device.agentInterface).ifPresent(caller -> {
                    floor.connect(device.agentInterface);
                    long remaining = 20 + random.nextInt(Math.max(1, service.medianHandleSeconds()));
                    agenda.at(floor.now().plusSeconds(remaining), () -> {
                        if (device.caller == caller && floor.complete(device.agentInterface)) {
                            wrapUp(device);
                        }
                    });
                });
            }
        }
        for (SimulatedService service : CouncilCatalog.SERVICES) {
            int waiting = (int) Math.round(service.callsPerHour() / 6.0 * random.nextDouble());
            // Longest-waiting first, so join order, positions and waits agree as on a real queue.
            List<Integer> waitedSeconds = new ArrayList<>();
            for (int i = 0; i < waiting; i++) {
                waitedSeconds.add(random.nextInt(240));
            }
            waitedSeconds.sort(Comparator.reverseOrder());
            for (int waited : waitedSeconds) {
                Instant joined = floor.now().minusSeconds(waited);
                join(new Arrival(service, joined, randomNumber(), "Resident", service.callerPriority(),
                        Duration.ofSeconds(300 + random.nextInt(300)),
                        Duration.ofSeconds(service.medianHandleSeconds()), random.nextDouble() < 0.25));
            }
        }
    }

    private String randomNumber() {
        return "07700900" + "%03d".formatted(random.nextInt(1000));
    }

    private static SimulatedService serviceOf(String queue) {
        return CouncilCatalog.SERVICES.stream().filter(service -> service.queue().equals(queue)).findFirst()
                .orElseThrow();
    }

    void tick(Instant now) {
        for (Arrival arrival : arrivals.arrivalsUntil(now, this::open)) {
            if (open(arrival.at())) {
                join(arrival);
            } else if (arrival.service().priorityClass()) {
                raiseEmergency(arrival);
            }
        }
        if (Duration.between(lastShiftCheck, now).toSeconds() >= 30 || lastShiftCheck == Instant.MIN) {
            checkShifts(now);
            lastShiftCheck = now;
        }
        // queues.conf strategy = leastrecent with shared_lastcall: the handler whose last call, in any queue, ended longest ago
        List<SimDevice> leastRecentFirst = floor.devices().stream()
                .sorted(Comparator.comparingLong(this::lastCallEnded)).toList();
        for (SimDevice device : leastRecentFirst) {
            if (device.idle() && !device.availableFrom.isAfter(now)) {
                floor.ring(device.agentInterface).ifPresent(caller -> scheduleAnswer(device, caller));
            }
        }
    }

    private long lastCallEnded(SimDevice device) {
        return floor.membershipsOf(device.agentInterface).stream().mapToLong(member -> member.lastCall).max().orElse(0);
    }

    boolean open(Instant at) {
        String forced = astDb.get("console/open");
        if (forced != null) {
            return forced.strip().equals("1");
        }
        return CallProfile.openBySchedule(ZonedDateTime.ofInstant(at, zone));
    }

    private void join(Arrival arrival) {
        JoinsAndLeaves.JoinAttempt attempt = floor.joinUnlessEmpty(arrival.service().queue(), arrival.number(),
                arrival.name(), arrival.queuePriority(), arrival.at());
        SimCaller caller = attempt.caller();
        if (!attempt.joined()) {
            // [council-no-advisers]: press 1 for a call-back, or goodbye
            if (arrival.pressesCallbackKey()) {
                floor.emit(AmiEvents.callbackRequested(caller));
            }
            return;
        }
        callsByUniqueId.put(caller.uniqueId, arrival);
        agenda.at(arrival.at().plus(arrival.patience()), () -> losePatience(caller.uniqueId));
    }

    private void losePatience(String uniqueId) {
        floor.caller(uniqueId).ifPresent(caller -> {
            if (caller.ringingInterface != null) {
                agenda.at(floor.now().plusSeconds(20), () -> losePatience(uniqueId));
                return;
            }
            Arrival arrival = callsByUniqueId.remove(uniqueId);
            // the call-back key works in the queue, not during the wait message: there the caller hangs up
            if (arrival == null || !arrival.pressesCallbackKey() || !floor.pressCallbackKey(uniqueId)) {
                floor.abandon(uniqueId);
            }
        });
    }

    private void raiseEmergency(Arrival arrival) {
        SimCaller caller = new SimCaller(floor.nextUniqueId(), floor.nextChannel("PJSIP/council-trunk"),
                arrival.number(), arrival.name(), arrival.service().queue(), arrival.at(), 0, 0);
        log.debug("Out-of-hours emergency {} from {}", arrival.service().queue(), CallerNumbers.mask(caller.number));
        floor.emit(AmiEvents.userEvent("OutOfHoursEmergency", caller).add("Category", caller.queue)
                .add("CallerIDNum", caller.number));
    }

    private void scheduleAnswer(SimDevice device, SimCaller caller) {
        boolean answers = random.nextDouble() >= 0.04;
        Duration ring = answers ? Duration.ofSeconds(2 + random.nextInt(7)) : NO_ANSWER_AFTER;
        agenda.at(floor.now().plus(ring), () -> {
            if (device.caller != caller || device.inCall()) {
                return;
            }
            if (!answers) {
                floor.ringNoAnswer(device.agentInterface);
                device.availableFrom = floor.now().plusSeconds(30);
                return;
            }
            floor.connect(device.agentInterface);
            Arrival arrival = callsByUniqueId.remove(caller.uniqueId);
            Duration handle = arrival != null ? arrival.handleTime() : Duration.ofSeconds(240);
            agenda.at(floor.now().plus(handle), () -> {
                if (device.caller == caller && floor.complete(device.agentInterface)) {
                    wrapUp(device);
                }
            });
        });
    }

    /**
     * After a call a handler wraps up: paused with reason {@value #WRAP_UP} until done, as the console
     * shows it. A phone someone controls over AMI is never paused by the plan; it only rests a moment.
     */
    private void wrapUp(SimDevice device) {
        Duration wrapUp = Duration.ofSeconds(10 + random.nextInt(30));
        String agentInterface = device.agentInterface;
        if (floor.isControlledOverAmi(agentInterface)) {
            device.availableFrom = floor.now().plus(wrapUp);
            return;
        }
        floor.pause(null, agentInterface, true, WRAP_UP);
        agenda.at(floor.now().plus(wrapUp), () -> endWrapUp(agentInterface));
    }

    private void endWrapUp(String agentInterface) {
        boolean wrappingUp = floor.membershipsOf(agentInterface).stream()
                .anyMatch(member -> member.paused && WRAP_UP.equals(member.pausedReason));
        if (!wrappingUp || floor.isControlledOverAmi(agentInterface)) {
            return;
        }
        LocalTime time = ZonedDateTime.ofInstant(floor.now(), zone).toLocalTime();
        String breakNow = agents.stream().filter(agent -> agent.agentInterface().equals(agentInterface))
                .findFirst().map(agent -> agent.breakReason(time)).orElse(null);
        floor.pause(null, agentInterface, breakNow != null, breakNow);
    }

    private void checkShifts(Instant now) {
        ZonedDateTime local = ZonedDateTime.ofInstant(now, zone);
        boolean weekday = local.getDayOfWeek().getValue() <= 5;
        LocalTime time = local.toLocalTime();
        for (SimulatedAgent agent : agents) {
            if (floor.isControlledOverAmi(agent.agentInterface())) {
                continue;
            }
            boolean onShift = weekday && agent.onShift(time);
            List<SimMember> memberships = floor.membershipsOf(agent.agentInterface());
            if (onShift && memberships.isEmpty()) {
                agent.queues().forEach(queue -> floor.addMember(queue, agent.agentInterface(), agent.name(), false));
            } else if (!onShift && !memberships.isEmpty() && floor.device(agent.agentInterface())
                    .map(SimDevice::idle).orElse(true)) {
                agent.queues().forEach(queue -> floor.removeMember(queue, agent.agentInterface()));
            } else if (onShift) {
                applyBreak(agent, time, memberships);
            }
        }
    }

    private void applyBreak(SimulatedAgent agent, LocalTime time, List<SimMember> memberships) {
        String reason = agent.breakReason(time);
        boolean paused = memberships.stream().allMatch(member -> member.paused);
        boolean onBreak = paused && memberships.stream().noneMatch(member -> WRAP_UP.equals(member.pausedReason));
        boolean idle = floor.device(agent.agentInterface()).map(SimDevice::idle).orElse(true);
        if (reason != null && !paused && idle) {
            floor.pause(null, agent.agentInterface(), true, reason);
        } else if (reason == null && onBreak) {
            floor.pause(null, agent.agentInterface(), false, null);
        }
    }
}
