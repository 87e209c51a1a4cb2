package org.charterconsole.telephony;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a real AMI transcript from {@code src/test/resources/ami}: {@code >>> } lines were sent
 * by the client, {@code <<< } lines by Asterisk, a blank line ends a message, {@code #} lines are notes.
 */
record AmiFixture(String name, List<Message> messages) {

    static AmiFixture load(String name) {
        try (InputStream in = AmiFixture.class.getResourceAsStream("/ami/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No AMI fixture " + name);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AmiFixture parse(String name, String text) {
        List<Message> messages = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean fromPbx = false;
        for (String raw : text.split("\r?\n", -1)) {
            if (raw.startsWith("<<< ") || raw.startsWith(">>> ")) {
                fromPbx = raw.startsWith("<<< ");
                lines.add(raw.substring(4));
            } else if (raw.isBlank() && !lines.isEmpty()) {
                messages.add(new Message(fromPbx, List.copyOf(lines)));
                lines.clear();
            }
        }
        if (!lines.isEmpty()) {
            messages.add(new Message(fromPbx, List.copyOf(lines)));
        }
        return new AmiFixture(name, List.copyOf(messages));
    }

    /** Events Asterisk pushed on its own (not list items answering an action). */
    List<Message> unsolicitedEvents() {
        return messages.stream().filter(Message::fromPbx).filter(m -> m.header("Event").isPresent())
                .filter(m -> m.header("ActionID").isEmpty()).toList();
    }

    List<Message> unsolicitedEvents(String type) {
        return unsolicitedEvents().stream().filter(m -> m.header("Event").orElseThrow().equals(type)).toList();
    }

    List<Message> userEvents(String name) {
        return unsolicitedEvents("UserEvent").stream()
                .filter(m -> m.header("UserEvent").orElse("").equals(name)).toList();
    }

    /** Asterisk's response to the action with this ActionID, then every list item carrying that ActionID. */
    List<Message> answerTo(String actionId) {
        List<Message> answer = messages.stream().filter(Message::fromPbx)
                .filter(m -> m.header("ActionID").filter(actionId::equals).isPresent()).toList();
        if (answer.isEmpty()) {
            throw new IllegalArgumentException(name + " has no answer to ActionID " + actionId);
        }
        return answer;
    }

    record Message(boolean fromPbx, List<String> lines) {

        Optional<String> header(String key) {
            String prefix = key.toLowerCase() + ":";
            return lines.stream().filter(l -> l.toLowerCase().startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).strip()).findFirst();
        }

        Message withHeader(String key, String value) {
            String prefix = key.toLowerCase() + ":";
            List<String> changed = new ArrayList<>();
            for (String line : lines) {
                if (line.toLowerCase().startsWith(prefix)) {
                    if (value != null) {
                        changed.add(key + ": " + value);
                    }
                } else {
                    changed.add(line);
                }
            }
            return new Message(fromPbx, changed);
        }

        String wire() {
            return String.join("\r\n", lines) + "\r\n\r\n";
        }
    }
}
