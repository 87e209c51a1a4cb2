package org.charterconsole.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * A manager interface on a loopback port that speaks Asterisk 22's AMI: one thread accepts,
 * each connection gets an {@link AmiSession}. Actions that touch PBX state go to the engine.
 */
final class AmiServer {

    private static final Logger log = LoggerFactory.getLogger(AmiServer.class);
    static final String AMI_VERSION = "11.0.0";

    private final String username;
    private final String secret;
    private final Clock clock;
    private final BiConsumer<AmiMessage, AmiSession> dispatcher;
    private final List<AmiSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicLong eventsSent = new AtomicLong();
    private volatile ServerSocket listener;
    private volatile boolean frozen;
    private volatile Instant startedAt;
    private int port;

    AmiServer(int port, String username, String secret, Clock clock, BiConsumer<AmiMessage, AmiSession> dispatcher) {
        this.port = port;
        this.username = username;
        this.secret = secret;
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    synchronized void start() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = socket.getLocalPort();
            listener = socket;
            startedAt = clock.instant();
            AmiSession.startDaemon("ami-sim-accept-" + port, () -> acceptLoop(socket));
            log.info("PBX simulator listening for AMI on 127.0.0.1:{}", port);
        } catch (IOException e) {
            throw new UncheckedIOException("PBX simulator cannot listen on port " + port, e);
        }
    }

    /** Like {@code core restart now}: Shutdown to every session, then all sockets closed. */
    synchronized void stop() {
        broadcast(AmiMessage.event("Shutdown").add("Privilege", "system,all").add("Shutdown", "Cleanly")
                .add("Restart", "True"));
        ServerSocket socket = listener;
        listener = null;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        sessions.forEach(AmiSession::closeAfterFlush);
        sessions.clear();
    }

    int port() {
        return port;
    }

    boolean listening() {
        return listener != null;
    }

    void freeze(boolean frozen) {
        this.frozen = frozen;
    }

    boolean frozen() {
        return frozen;
    }

    void broadcast(AmiMessage event) {
        for (AmiSession session : sessions) {
            if (session.receivesEvents()) {
                session.send(event);
                eventsSent.incrementAndGet();
            }
        }
    }

    /** Benchmarks: writes without dropping slow clients, so every event arrives. */
    void broadcastWaiting(AmiMessage event) throws InterruptedException {
        for (AmiSession session : sessions) {
            if (session.receivesEvents()) {
                session.sendWaiting(event);
                eventsSent.incrementAndGet();
            }
        }
    }

    long eventsSent() {
        return eventsSent.get();
    }

    int sessionCount() {
        return sessions.size();
    }

    void dispatch(AmiMessage action, AmiSession session) {
        dispatcher.accept(action, session);
    }

    void forget(AmiSession session) {
        sessions.remove(session);
    }

    String username() {
        return username;
    }

    String secret() {
        return secret;
    }

    Clock clock() {
        return clock;
    }

    long uptimeSeconds() {
        Instant started = startedAt;
        return started == null ? 0 : Math.max(0, clock.instant().getEpochSecond() - started.getEpochSecond());
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                client.setTcpNoDelay(true);
                AmiSession session = new AmiSession(client, this);
                sessions.add(session);
                session.start();
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    log.warn("PBX simulator could not accept an AMI connection: {}", e.toString());
                }
            }
        }
    }
}
