package org.charterconsole.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The simulator's single thread: every change of PBX state, every action answer and every
 * traffic step runs here, so the state needs no locks and events leave in a consistent order.
 */
final class SimulationEngine {

    private static final Logger log = LoggerFactory.getLogger(SimulationEngine.class);
    private static final long TICK_MILLIS = 50;

    final QueueFloor floor;
    final Agenda agenda = new Agenda();
    final Map<String, String> astDb = AmiActions.newDatabase();
    final AmiActions actions;
    private final TrafficDriver traffic;
    private final ScheduledExecutorService thread;
    private volatile Thread engineThread;

    SimulationEngine(Clock clock, AmiServerEvents events, SimulatorProperties properties) {
        this.floor = new QueueFloor(clock, events::broadcast);
        CouncilCatalog.SERVICES.forEach(service -> floor.defineQueue(service.queue(), service.weight()));
        if (properties.waitMessageSeconds() > 0) {
            WaitMessages waitMessages = new WaitMessages(floor, agenda, Duration.ofSeconds(properties.waitMessageSeconds()));
            floor.onEntry(waitMessages::entered);
        }
        this.actions = new AmiActions(floor, astDb, events::broadcast,
                (delay, task) -> agenda.at(floor.now().plus(delay), task));
        this.traffic = properties.traffic()
                ? new TrafficDriver(floor, agenda, astDb, clock.getZone(), properties.seed(), properties.trafficFactor())
                : null;
        this.thread = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread created = new Thread(work, "pbx-simulator");
            created.setDaemon(true);
            engineThread = created;
            return created;
        });
    }

    void start() {
        if (traffic != null) {
            call(() -> {
                traffic.warmUp();
                return null;
            });
        }
        thread.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop() {
        thread.shutdownNow();
    }

    private void tick() {
        try {
            agenda.runDue(floor.now());
            if (traffic != null) {
                traffic.tick(floor.now());
            }
        } catch (RuntimeException e) {
            log.error("PBX simulator step failed", e);
        }
    }

    /** Runs on the engine thread and waits for the result. */
    <T> T call(Callable<T> work) {
        if (Thread.currentThread() == engineThread) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return thread.submit(work).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the PBX simulator", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("PBX simulator did not answer within 10 s", e);
        }
    }

    /** Hands work to the engine thread without waiting (AMI readers must never block on it). */
    void execute(Runnable work) {
        if (!thread.isShutdown()) {
            thread.execute(work);
        }
    }

    void after(Duration simulated, Runnable work) {
        agenda.at(floor.now().plus(simulated), work);
    }

    /** Where the engine's events go: the AMI server's logged-in sessions. */
    interface AmiServerEvents {
        void broadcast(AmiMessage event);
    }
}
