package org.charterconsole.simulator;

import org.charterconsole.pbx.PbxEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in PBX: app_queue behind a real AMI port, with generated traffic or driven by hand.
 * Every method is thread-safe: it hands the work to the engine thread and waits for it.
 */
public final class PbxSimulator implements AutoCloseable {

    public static final String USERNAME = "console";
    private static final Logger log = LoggerFactory.getLogger(PbxSimulator.class);

    private final SimulationEngine engine;
    private final AmiServer server;
    private final EventPump pump;
    private final String description;

    public PbxSimulator(SimulatorProperties properties, Clock clock) {
        String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        SimulationEngine[] engineRef = new SimulationEngine[1];
        this.server = new AmiServer(properties.port(), USERNAME, secret, clock,
                (action, session) -> engineRef[0].execute(() -> session.send(engineRef[0].actions.handle(action))));
        this.engine = new SimulationEngine(clock, server::broadcast, properties);
        engineRef[0] = engine;
        this.pump = new EventPump(server);
        this.description = "simulated time %s, time scale %s, traffic %s".formatted(
                clock.instant().atZone(clock.getZone()).toLocalDateTime().withNano(0), properties.timeScale(),
                properties.traffic() ? "on (seed " + properties.seed() + ")" : "off");
    }

    /** Starts the engine and listens for AMI; returns once the port accepts connections. */
    public PbxSimulator start() {
        engine.start();
        server.start();
        log.info("PBX simulator started: {}", description);
        return this;
    }

    @Override
    public void close() {
        server.stop();
        engine.stop();
    }

    /** Where the telephony adapter logs in: 127.0.0.1, the port listened on, a one-time secret. */
    public PbxEndpoint endpoint() {
        return new PbxEndpoint("127.0.0.1", server.port(), USERNAME, server.secret());
    }

    public List<String> queueNames() {
        return CouncilCatalog.SERVICES.stream().map(SimulatedService::queue).toList();
    }

    /** Adds a queue beyond the built-in council's (e.g. a service an administrator created). */
    public void addQueue(String queue, int weight) {
        engine.call(() -> {
            engine.floor.defineQueue(queue, weight);
            return null;
        });
    }

    /** A caller enters {@code queue} with QUEUE_PRIO {@code queuePriority}; returns its Uniqueid. */
    public String joinCaller(String queue, String number, int queuePriority) {
        return engine.call(() -> engine.floor.join(queue, number, "Resident", queuePriority).uniqueId);
    }

    /** The caller hangs up while queued (QueueCallerAbandon, QueueCallerLeave). */
    public boolean hangUp(String uniqueId) {
        return engine.call(() -> engine.floor.abandon(uniqueId));
    }

    /**
     * The queued caller presses the call-back key: QueueCallerLeave (no abandon), then the dialplan's
     * UserEvent CallbackRequested. False if the caller is not in a queue now.
     */
    public boolean requestCallback(String uniqueId) {
        return engine.call(() -> engine.floor.pressCallbackKey(uniqueId));
    }

    /** An emergency call reached the on-call team while closed; returns its Uniqueid. */
    public String raiseOutOfHoursEmergency(String category, String number) {
        return engine.call(() -> {
            SimCaller caller = new SimCaller(engine.floor.nextUniqueId(), engine.floor.nextChannel("PJSIP/council-trunk"),
                    number, "Resident", category, engine.floor.now(), 0, 0);
            engine.floor.emit(AmiEvents.userEvent("OutOfHoursEmergency", caller).add("Category", category)
                    .add("CallerIDNum", number));
            return caller.uniqueId;
        });
    }

    public boolean addMember(String queue, String agentInterface, String name) {
        return engine.call(() -> engine.floor.addMember(queue, agentInterface, name, false) == null);
    }

    public boolean removeMember(String queue, String agentInterface) {
        return engine.call(() -> engine.floor.removeMember(queue, agentInterface) == null);
    }

    /** Pauses or unpauses the interface in all its queues. */
    public boolean pauseMember(String agentInterface, boolean paused, String reason) {
        return engine.call(() -> engine.floor.pause(null, agentInterface, paused, reason));
    }

    /** Rings the interface with the caller app_queue would give it next and connects them; the Uniqueid. */
    public Optional<String> answerNext(String agentInterface) {
        return engine.call(() -> {
            Optional<SimCaller> caller = engine.floor.ring(agentInterface);
            caller.ifPresent(c -> engine.floor.connect(agentInterface));
            return caller.map(c -> c.uniqueId);
        });
    }

    /**
     * Rings the interface with the next caller, who is not answered: AgentRingNoAnswer, and the member
     * is paused in all their queues with reason Auto-Pause (queues.conf: autopause = all).
     */
    public Optional<String> ringUnanswered(String agentInterface) {
        return engine.call(() -> {
            Optional<SimCaller> caller = engine.floor.ring(agentInterface);
            caller.ifPresent(c -> engine.floor.ringNoAnswer(agentInterface));
            return caller.map(c -> c.uniqueId);
        });
    }

    /** Ends the interface's call (AgentComplete). */
    public boolean completeCall(String agentInterface) {
        return engine.call(() -> engine.floor.complete(agentInterface));
    }

    /** The queues the interface is a member of, as app_queue holds them now (queue → pause reason, or empty). */
    public Map<String, Optional<String>> memberships(String agentInterface) {
        return engine.call(() -> {
            Map<String, Optional<String>> memberships = new java.util.TreeMap<>();
            for (SimMember member : engine.floor.membershipsOf(agentInterface)) {
                memberships.put(member.queue, member.paused ? Optional.of(member.pausedReason) : Optional.empty());
            }
            return memberships;
        });
    }

    /** Uniqueids of the callers waiting in {@code queue}, in app_queue's position order. */
    public List<String> waitingUniqueIds(String queue) {
        return engine.call(() -> engine.floor.queue(queue)
                .map(q -> q.callers.stream().map(c -> c.uniqueId).toList()).orElse(List.of()));
    }

    /** Like an Asterisk restart: Shutdown event, every connection and the listening socket closed. */
    public void stopAmi() {
        server.stop();
    }

    /** Listens again on the same port. */
    public void startAmi() {
        server.start();
    }

    /** Connections stay open but nothing is answered or sent: a silently dead link. */
    public void freezeAmi() {
        server.freeze(true);
    }

    public void unfreezeAmi() {
        server.freeze(false);
    }

    public boolean amiListening() {
        return server.listening();
    }

    public int amiSessions() {
        return server.sessionCount();
    }

    /** The AstDB as the console has written it ({@code family/key} → value); read-only. */
    public Map<String, String> database() {
        return Collections.unmodifiableMap(engine.astDb);
    }

    public long eventsSent() {
        return server.eventsSent();
    }

    /** Benchmarks: writes {@code count} realistic queue events to every session, as fast as they read. */
    public void pumpEvents(long count) throws InterruptedException {
        pump.pumpEvents(count);
    }

    /** Benchmarks: writes {@code calls} whole call lifecycles (5 events each). */
    public void pumpCalls(long calls) throws InterruptedException {
        pump.pumpCalls(calls);
    }
}
