package org.charterconsole.telephony;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.action.CoreSettingsAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.response.CoreSettingsResponse;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.charterconsole.pbx.PbxEndpoint;
import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.PbxEventSink;
import org.charterconsole.pbx.PbxLink;
import org.charterconsole.pbx.PbxProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The console's one AMI session. Our own loop on the "ami-link" thread owns (re)connection:
 * the first login is retried with exponential back-off, a missing pong or a closed socket
 * counts as a dead link, and each dead connection is logged off and replaced by a new one so
 * asterisk-java's own reconnect loop never runs for long. Every login is followed by LinkUp and
 * a full QueueStatus snapshot, repeated every resync interval and whenever events may have been
 * lost. Blocking AMI calls never run on asterisk-java's reader thread.
 */
@Component
public class AmiConnection implements SmartLifecycle, PbxLink {

    static final Duration ACTION_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(AmiConnection.class);

    private final PbxEndpoint endpoint;
    private final PbxProperties properties;
    private final Clock clock;
    private final MalformedInput malformed;
    private final PbxEventDispatcher dispatcher;
    private final AmiEventTranslator translator;
    private final QueueReentries reentries;
    private final AtomicBoolean resyncInFlight = new AtomicBoolean();
    private final ReconnectBackoff backoff;

    private ScheduledExecutorService link;
    private ExecutorService worker;
    private volatile boolean running;
    private volatile ManagerConnection connection;
    private volatile boolean connected;
    private volatile Instant since;
    private volatile String lastError;
    private ScheduledFuture<?> pinging;
    private ScheduledFuture<?> resyncing;

    public AmiConnection(PbxEndpoint endpoint, PbxProperties properties, List<PbxEventSink> sinks, Clock clock,
                         MeterRegistry meters) {
        this.endpoint = endpoint;
        this.properties = properties;
        this.clock = clock;
        this.malformed = new MalformedInput(meters);
        this.dispatcher = new PbxEventDispatcher(PbxEventDispatcher.DEFAULT_CAPACITY, sinks, meters, this::requestResync);
        this.reentries = new QueueReentries(dispatcher::dispatch, QueueReentries.STATUS_GRACE,
                properties.rejoinGrace(), QueueReentries.TRANSPORT_GRACE);
        this.translator = new AmiEventTranslator(clock, reentries, malformed, meters);
        dispatcher.onEachRound(() -> reentries.expire(clock.instant()));
        this.backoff = new ReconnectBackoff(properties.reconnectInitialDelay(), properties.reconnectMaxDelay());
        this.since = clock.instant();
        Gauge.builder("console_ami_connected", this, c -> c.connected ? 1 : 0)
                .description("1 while the console is logged in to the PBX over AMI")
                .register(meters);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        link = Executors.newSingleThreadScheduledExecutor(daemon("ami-link"));
        worker = Executors.newSingleThreadExecutor(daemon("ami-worker"));
        dispatcher.start();
        log.info("Connecting to the PBX at {}", endpoint);
        link.execute(this::connect);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        link.shutdownNow();
        worker.shutdownNow();
        ManagerConnection current = connection;
        connection = null;
        if (connected) {
            connected = false;
            since = clock.instant();
            dispatcher.dispatch(new PbxEvent.LinkDown(since, "console stopping"));
        }
        if (current != null) {
            logoffQuietly(current);
        }
        dispatcher.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public Status status() {
        return new Status(properties.mode().name().toLowerCase(Locale.ROOT), connected, Optional.ofNullable(since),
                translator.receivedCount(), Optional.ofNullable(lastError));
    }

    /** The logged-in connection, for actions; empty while the link is down. */
    Optional<ManagerConnection> current() {
        return connected ? Optional.ofNullable(connection) : Optional.empty();
    }

    long droppedEvents() {
        return dispatcher.droppedCount();
    }

    /** Abandons and leaves held back until QUEUESTATUS, a rejoin or a grace tells what they were. */
    int heldForQueueStatus() {
        return reentries.holding();
    }

    long malformedEvents() {
        return malformed.count();
    }

    /** Asks for a fresh QueueStatus snapshot unless one is already on its way. */
    void requestResync() {
        ManagerConnection current = connection;
        if (!running || !connected || current == null || !resyncInFlight.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> resync(current));
        } catch (RuntimeException e) {
            resyncInFlight.set(false);
        }
    }

    private void connect() {
        if (!running) {
            return;
        }
        ManagerConnection candidate = newConnection();
        try {
            candidate.login();
        } catch (Exception e) {
            lastError = "login failed: " + e.getMessage();
            log.warn("Cannot log in to the PBX at {}: {}", endpoint, e.getMessage());
            logoffQuietly(candidate);
            scheduleReconnect();
            return;
        }
        connection = candidate;
        connected = true;
        since = clock.instant();
        lastError = null;
        backoff.reset();
        dispatcher.dispatch(new PbxEvent.LinkUp(since, pbxVersion(candidate)));
        log.info("Logged in to the PBX at {}", endpoint);
        long ping = properties.pingInterval().toMillis();
        pinging = link.scheduleWithFixedDelay(() -> ping(candidate), ping, ping, TimeUnit.MILLISECONDS);
        long resync = properties.resyncInterval().toMillis();
        resyncing = link.scheduleWithFixedDelay(this::requestResync, resync, resync, TimeUnit.MILLISECONDS);
        requestResync();
    }

    private ManagerConnection newConnection() {
        ManagerConnection candidate = new ManagerConnectionFactory(endpoint.host(), endpoint.port(),
                endpoint.username(), endpoint.secret()).createManagerConnection();
        // asterisk-java waits forever on a silent socket unless told otherwise
        candidate.setSocketReadTimeout((int) Math.min(Integer.MAX_VALUE, properties.pingInterval().toMillis() * 3));
        candidate.registerUserEventClass(CallbackRequestedEvent.class);
        candidate.registerUserEventClass(OutOfHoursEmergencyEvent.class);
        candidate.addEventListener(translator);
        candidate.addEventListener(event -> {
            if (event instanceof DisconnectEvent) {
                onLinkThread(() -> linkLost(candidate, "connection closed by the PBX"));
            }
        });
        return candidate;
    }

    private void ping(ManagerConnection pinged) {
        try {
            ManagerResponse pong = pinged.sendAction(new PingAction(), properties.pingInterval().toMillis());
            if (pong instanceof ManagerError) {
                linkLost(pinged, "ping answered with an error: " + pong.getMessage());
            }
        } catch (Exception e) {
            linkLost(pinged, "no answer to ping (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void linkLost(ManagerConnection lost, String reason) {
        if (lost != connection || !connected) {
            return;
        }
        connected = false;
        connection = null;
        since = clock.instant();
        lastError = reason;
        cancel(pinging);
        cancel(resyncing);
        log.warn("Lost the link to the PBX at {}: {}", endpoint, reason);
        dispatcher.dispatch(new PbxEvent.LinkDown(since, reason));
        worker.execute(() -> logoffQuietly(lost));
        scheduleReconnect();
    }

    private void resync(ManagerConnection asked) {
        try {
            Instant askedAt = clock.instant();
            var answer = asked.sendEventGeneratingAction(new QueueStatusAction(), ACTION_TIMEOUT.toMillis());
            if (answer.getResponse() instanceof ManagerError error) {
                log.warn("QueueStatus refused by the PBX: {}", error.getMessage());
                return;
            }
            if (asked == connection) {
                reentries.snapshot(QueueStatusSnapshots.fold(askedAt, clock.instant(), answer.getEvents(), malformed));
            }
        } catch (Exception e) {
            log.warn("QueueStatus resync failed: {}", e.toString());
        } finally {
            resyncInFlight.set(false);
        }
    }

    private String pbxVersion(ManagerConnection loggedIn) {
        try {
            ManagerResponse answer = loggedIn.sendAction(new CoreSettingsAction(), ACTION_TIMEOUT.toMillis());
            if (answer instanceof CoreSettingsResponse settings && settings.getAsteriskVersion() != null) {
                return settings.getAsteriskVersion();
            }
            String version = answer.getAttribute("asteriskversion");
            return version == null ? "unknown" : version;
        } catch (Exception e) {
            return "unknown";
        }
    }

    private void scheduleReconnect() {
        if (!running) {
            return;
        }
        Duration delay = backoff.next();
        onLinkThread(() -> link.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void onLinkThread(Runnable task) {
        try {
            link.execute(task);
        } catch (RuntimeException e) {
            log.debug("Link thread gone: {}", e.toString());
        }
    }

    private static void logoffQuietly(ManagerConnection stale) {
        try {
            stale.logoff();
        } catch (RuntimeException e) {
            log.debug("Logoff of a stale AMI connection: {}", e.toString());
        }
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
