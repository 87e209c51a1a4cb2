package org.charterconsole.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A bare-socket AMI client for tests: sends raw lines, reads whole messages. */
final class PlainAmiClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader reader;
    private final OutputStream out;
    final String banner;

    PlainAmiClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
        banner = reader.readLine();
    }

    void send(String... lines) throws IOException {
        StringBuilder message = new StringBuilder();
        for (String line : lines) {
            message.append(line).append("\r\n");
        }
        out.write(message.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The next message, or null at end of stream. */
    AmiMessage read() throws IOException {
        AmiMessage message = new AmiMessage();
        boolean any = false;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (any) {
                    return message;
                }
                continue;
            }
            int colon = line.indexOf(": ");
            message.add(line.substring(0, colon), line.substring(colon + 2));
            any = true;
        }
        return null;
    }

    /** Reads messages up to and including the first that matches. */
    List<AmiMessage> readUntil(Predicate<AmiMessage> last) throws IOException {
        List<AmiMessage> messages = new ArrayList<>();
        AmiMessage message;
        while ((message = read()) != null) {
            messages.add(message);
            if (last.test(message)) {
                return messages;
            }
        }
        throw new IOException("stream ended before the expected message; got " + messages);
    }

    AmiMessage readResponse(String actionId) throws IOException {
        List<AmiMessage> messages = readUntil(m -> m.get("Response").isPresent() && m.get("Event").isEmpty()
                && m.get("ActionID").map(actionId::equals).orElse(actionId == null));
        return messages.get(messages.size() - 1);
    }

    void setReadTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    boolean closedByServer() throws IOException {
        return reader.readLine() == null;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
