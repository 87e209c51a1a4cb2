package org.charterconsole.telephony;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small AMI server on the loopback for tests: greets like Asterisk 22, answers Login, Ping,
 * CoreSettings, Logoff and QueueStatus (replaying a real fixture answer), can push events, drop
 * its clients, refuse logins, or freeze (read but never answer).
 */
final class AmiTestServer implements AutoCloseable {

    static final String BANNER = "Asterisk Call Manager/11.0.0\r\n";

    private final ServerSocket server;
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> actions = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Map<String, String>, List<AmiFixture.Message>>> answers =
            new ConcurrentHashMap<>();
    private final AtomicInteger loginsToRefuse = new AtomicInteger();
    private final AtomicInteger logins = new AtomicInteger();
    private volatile List<AmiFixture.Message> queueStatusAnswer;

    AmiTestServer() throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        queueStatusAnswer = AmiFixture.load("02-queuestatus-queuesummary.txt").answerTo("queuestatus-9");
        Thread acceptor = new Thread(this::acceptUntilClosed, "ami-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    void refuseNextLogins(int count) {
        loginsToRefuse.set(count);
    }

    int logins() {
        return logins.get();
    }

    void answerQueueStatusWith(List<AmiFixture.Message> answer) {
        queueStatusAnswer = List.copyOf(answer);
    }

    /** Answers an action by name with these messages (their ActionID replaced by the client's). */
    void answer(String action, Function<Map<String, String>, List<AmiFixture.Message>> answer) {
        answers.put(action.toLowerCase(), answer);
    }

    List<Map<String, String>> actions(String name) {
        return actions.stream().filter(a -> name.equalsIgnoreCase(a.get("action"))).toList();
    }

    void push(AmiFixture.Message message) {
        push(message.wire());
    }

    void push(String wire) {
        clients.stream().filter(c -> c.loggedIn).forEach(c -> c.write(wire));
    }

    void dropClients() {
        clients.forEach(Client::close);
    }

    /** The clients connected now stop getting answers; later connections are served as usual. */
    void freezeClients() {
        clients.forEach(c -> c.frozen = true);
    }

    int connectedClients() {
        return (int) clients.stream().filter(c -> !c.socket.isClosed()).count();
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropClients();
    }

    private void acceptUntilClosed() {
        while (!server.isClosed()) {
            try {
                Client client = new Client(server.accept());
                clients.add(client);
                Thread reader = new Thread(client::serve, "ami-test-client");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private final class Client {
        private final Socket socket;
        private volatile boolean loggedIn;
        private volatile boolean frozen;

        Client(Socket socket) {
            this.socket = socket;
        }

        void serve() {
            write(BANNER);
            try (var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                Map<String, String> action = new LinkedHashMap<>();
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isEmpty()) {
                        int colon = line.indexOf(':');
                        if (colon > 0) {
                            action.putIfAbsent(line.substring(0, colon).strip().toLowerCase(),
                                    line.substring(colon + 1).strip());
                        }
                    } else if (!action.isEmpty()) {
                        actions.add(Map.copyOf(action));
                        if (!frozen) {
                            handle(action);
                        }
                        action = new LinkedHashMap<>();
                    }
                }
            } catch (IOException e) {
                // the client or the test closed the socket
            } finally {
                close();
                clients.remove(this);
            }
        }

        private void handle(Map<String, String> action) {
            String name = action.getOrDefault("action", "").toLowerCase();
            String id = action.get("actionid");
            switch (name) {
                case "challenge" -> respond(id, "Response: Success", "Challenge: 840415273");
                case "login" -> login(id);
                case "ping" -> respond(id, "Response: Success", "Ping: Pong", "Timestamp: 1795842730.384062");
                case "coresettings" -> respond(id, "Response: Success", "AMIversion: 11.0.0",
                        "AsteriskVersion: 22.10.1", "SystemName: ", "CoreMaxCalls: 0");
                case "logoff" -> {
                    respond(id, "Response: Goodbye", "Message: Thanks for all the fish.");
                    close();
                }
                case "queuestatus" -> replay(queueStatusAnswer, id);
                default -> {
                    var answer = answers.get(name);
                    if (answer != null) {
                        replay(answer.apply(action), id);
                    } else {
                        respond(id, "Response: Error", "Message: Invalid/unknown command: " + action.get("action")
                                + ". Use Action: ListCommands to show available commands.");
                    }
                }
            }
        }

        private void login(String id) {
            if (loginsToRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                respond(id, "Response: Error", "Message: Authentication failed");
                close();
                return;
            }
            logins.incrementAndGet();
            loggedIn = true;
            respond(id, "Response: Success", "Message: Authentication accepted");
            write("Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 125\r\nLastReload: 125\r\n"
                    + "Status: Fully Booted\r\n\r\n");
        }

        private void replay(List<AmiFixture.Message> answer, String id) {
            StringBuilder wire = new StringBuilder();
            answer.forEach(m -> wire.append(m.withHeader("ActionID", id).wire()));
            write(wire.toString());
        }

        private void respond(String id, String response, String... headers) {
            List<String> lines = new ArrayList<>();
            lines.add(response);
            if (id != null) {
                lines.add("ActionID: " + id);
            }
            lines.addAll(List.of(headers));
            write(String.join("\r\n", lines) + "\r\n\r\n");
        }

        synchronized void write(String wire) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write(wire.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                close();
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
