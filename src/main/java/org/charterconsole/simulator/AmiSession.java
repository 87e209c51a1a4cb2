package org.charterconsole.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One manager connection: a reader thread parsing actions and a writer thread draining a
 * bounded queue. The engine only ever offers to that queue, so a slow client cannot hold it up;
 * a client that falls too far behind is disconnected, as Asterisk does after its write timeout.
 */
final class AmiSession {

    private static final Logger log = LoggerFactory.getLogger(AmiSession.class);
    static final int WRITE_QUEUE_CAPACITY = 50_000;
    private static final String CLOSE = "\u0000close";

    private final Socket socket;
    private final AmiServer server;
    private final BlockingQueue<String> outgoing = new ArrayBlockingQueue<>(WRITE_QUEUE_CAPACITY);
    private volatile boolean loggedIn;
    private volatile boolean wantsEvents = true;
    private volatile boolean closed;
    private String challenge;

    AmiSession(Socket socket, AmiServer server) {
        this.socket = socket;
        this.server = server;
    }

    void start() {
        startDaemon("ami-sim-writer-" + socket.getPort(), this::writeLoop);
        startDaemon("ami-sim-reader-" + socket.getPort(), this::readLoop);
        offerRaw("Asterisk Call Manager/" + AmiServer.AMI_VERSION + "\r\n");
    }

    static void startDaemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    boolean receivesEvents() {
        return loggedIn && wantsEvents && !closed;
    }

    void send(AmiMessage message) {
        offerRaw(message.toWire());
    }

    void send(List<AmiMessage> messages) {
        messages.forEach(this::send);
    }

    /** For benchmarks only: waits for room instead of dropping the client. */
    void sendWaiting(AmiMessage message) throws InterruptedException {
        if (!closed && !server.frozen()) {
            outgoing.put(message.toWire());
        }
    }

    private void offerRaw(String wire) {
        if (closed || server.frozen()) {
            return;
        }
        if (!outgoing.offer(wire)) {
            log.warn("AMI client {} is too slow ({} messages behind); disconnecting it", socket.getRemoteSocketAddress(),
                    WRITE_QUEUE_CAPACITY);
            close();
        }
    }

    /** Writes what is queued, then closes. */
    void closeAfterFlush() {
        if (!closed) {
            outgoing.offer(CLOSE);
        }
    }

    void close() {
        closed = true;
        outgoing.clear();
        outgoing.offer(CLOSE);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
        server.forget(this);
    }

    private void writeLoop() {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(),
                StandardCharsets.UTF_8), 64 * 1024)) {
            while (true) {
                String next = outgoing.poll(1, TimeUnit.SECONDS);
                if (next == null) {
                    if (closed) {
                        return;
                    }
                    continue;
                }
                if (next == CLOSE) {
                    writer.flush();
                    return;
                }
                writer.write(next);
                if (outgoing.isEmpty()) {
                    writer.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            log.debug("AMI writer stopped: {}", e.toString());
        } finally {
            close();
        }
    }

    private void readLoop() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            AmiMessage action = new AmiMessage();
            boolean empty = true;
            String line;
            while ((line = reader.readLine()) != null && !closed) {
                if (line.isEmpty()) {
                    if (!empty) {
                        handle(action);
                    }
                    action = new AmiMessage();
                    empty = true;
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    action.add(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                    empty = false;
                }
            }
        } catch (IOException e) {
            log.debug("AMI reader stopped: {}", e.toString());
        } finally {
            close();
        }
    }

    private void handle(AmiMessage action) {
        if (server.frozen()) {
            return;
        }
        String name = action.getOrEmpty("Action").toLowerCase(Locale.ROOT);
        String id = action.get("ActionID").orElse(null);
        switch (name) {
            case "challenge" -> {
                challenge = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
                send(AmiMessage.response("Success", id).add("Challenge", challenge));
            }
            case "login" -> login(action, id);
            case "logoff" -> {
                send(AmiMessage.response("Goodbye", id).add("Message", "Thanks for all the fish."));
                closeAfterFlush();
            }
            default -> {
                if (!loggedIn) {
                    send(AmiMessage.response("Error", id).add("Message", "Permission denied"));
                } else if (name.equals("ping")) {
                    long micros = server.clock().instant().toEpochMilli() * 1000;
                    send(AmiMessage.response("Success", id).add("Ping", "Pong")
                            .add("Timestamp", "%d.%06d".formatted(micros / 1_000_000, micros % 1_000_000)));
                } else if (name.equals("events")) {
                    wantsEvents = !"off".equalsIgnoreCase(action.getOrEmpty("EventMask").strip());
                    send(AmiMessage.response("Success", id).add("Events", wantsEvents ? "On" : "Off"));
                } else {
                    server.dispatch(action, this);
                }
            }
        }
    }

    private void login(AmiMessage action, String id) {
        boolean userOk = server.username().equals(action.getOrEmpty("Username"));
        boolean secretOk;
        if ("md5".equalsIgnoreCase(action.getOrEmpty("AuthType"))) {
            secretOk = challenge != null && md5(challenge + server.secret()).equalsIgnoreCase(action.getOrEmpty("Key"));
        } else {
            secretOk = server.secret().equals(action.getOrEmpty("Secret"));
        }
        if (!userOk || !secretOk) {
            pauseLikeAsterisk();
            send(AmiMessage.response("Error", id).add("Message", "Authentication failed"));
            closeAfterFlush();
            return;
        }
        wantsEvents = !"off".equalsIgnoreCase(action.get("Events").orElse("on").strip());
        send(AmiMessage.response("Success", id).add("Message", "Authentication accepted"));
        loggedIn = true;
        if (wantsEvents) {
            long uptime = server.uptimeSeconds();
            send(AmiMessage.event("FullyBooted").add("Privilege", "system,all").add("Uptime", uptime)
                    .add("LastReload", uptime).add("Status", "Fully Booted"));
        }
    }

    /** Asterisk answers a failed login after about a second, which slows down guessing. */
    private static void pauseLikeAsterisk() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
