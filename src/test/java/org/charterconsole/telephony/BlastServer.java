package org.charterconsole.telephony;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal AMI server for benchmarks: answers what a client needs to log in, ping and resync,
 * and on {@link #blast(byte[])} writes a prepared event stream to every logged-in session as
 * fast as the socket takes it.
 */
final class BlastServer implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();

    BlastServer() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "blast-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    int loggedIn() {
        return (int) sessions.stream().filter(session -> session.loggedIn).count();
    }

    void blast(byte[] stream) throws IOException {
        for (Session session : sessions) {
            if (session.loggedIn) {
                session.write(stream);
            }
        }
    }

    /** Writes the stream only to the session whose client uses the given local port. */
    void blastTo(int clientPort, byte[] stream) throws IOException {
        for (Session session : sessions) {
            if (session.loggedIn && session.socket.getPort() == clientPort) {
                session.write(stream);
                return;
            }
        }
        throw new IllegalStateException("No session from client port " + clientPort);
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Session session : sessions) {
            session.socket.close();
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                Session session = new Session(socket);
                sessions.add(session);
                Thread reader = new Thread(session::serve, "blast-server-session");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private final class Session {
        private final Socket socket;
        private final OutputStream out;
        private volatile boolean loggedIn;

        Session(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        synchronized void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        void write(String text) throws IOException {
            write(text.getBytes(StandardCharsets.UTF_8));
        }

        void serve() {
            try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                write("Asterisk Call Manager/11.0.0\r\n");
                Map<String, String> action = new HashMap<>();
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isEmpty()) {
                        int colon = line.indexOf(':');
                        if (colon > 0) {
                            action.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                                    line.substring(colon + 1).trim());
                        }
                        continue;
                    }
                    if (!action.isEmpty() && !answer(action)) {
                        return;
                    }
                    action.clear();
                }
            } catch (IOException closed) {
                // the client went away
            } finally {
                sessions.remove(this);
            }
        }

        private boolean answer(Map<String, String> action) throws IOException {
            String id = action.getOrDefault("actionid", "");
            String idLine = id.isEmpty() ? "" : "ActionID: " + id + "\r\n";
            switch (action.getOrDefault("action", "").toLowerCase(Locale.ROOT)) {
                case "challenge" -> write("Response: Success\r\n" + idLine + "Challenge: 840415273\r\n\r\n");
                case "login" -> {
                    write("Response: Success\r\n" + idLine + "Message: Authentication accepted\r\n\r\n"
                            + "Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 190\r\nLastReload: 11\r\n"
                            + "Status: Fully Booted\r\n\r\n");
                    loggedIn = true;
                }
                case "coresettings" -> write("Response: Success\r\n" + idLine + "AMIversion: 11.0.0\r\n"
                        + "AsteriskVersion: 22.10.1\r\nSystemName: \r\nCoreMaxCalls: 0\r\nCoreMaxLoadAvg: 0.000000\r\n"
                        + "CoreRunUser: asterisk\r\nCoreRunGroup: asterisk\r\nCoreMaxFilehandles: 0\r\n"
                        + "CoreRealTimeEnabled: Yes\r\nCoreCDRenabled: Yes\r\nCoreHTTPenabled: No\r\n"
                        + "SoundsSearchCustomDir: No\r\n\r\n");
                case "queuestatus" -> write("Response: Success\r\n" + idLine + "EventList: start\r\n"
                        + "Message: Queue status will follow\r\n\r\n"
                        + "Event: QueueStatusComplete\r\n" + idLine + "EventList: Complete\r\nListItems: 0\r\n\r\n");
                case "ping" -> write("Response: Success\r\n" + idLine + "Ping: Pong\r\n"
                        + "Timestamp: 1795842730.384062\r\n\r\n");
                case "logoff" -> {
                    write("Response: Goodbye\r\n" + idLine + "Message: Thanks for all the fish.\r\n\r\n");
                    return false;
                }
                default -> write("Response: Success\r\n" + idLine + "Message: Done\r\n\r\n");
            }
            return true;
        }
    }
}
