package org.charterconsole.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One AMI message: headers in wire order. Duplicate keys are allowed (Asterisk sends
 * {@code CallerIDNum} twice in a UserEvent) and lookups ignore case, as asterisk-java sends
 * {@code action:} in lower case.
 */
public final class AmiMessage {

    private final List<String[]> headers = new ArrayList<>();

    public static AmiMessage response(String response, String actionId) {
        AmiMessage message = new AmiMessage().add("Response", response);
        return actionId == null ? message : message.add("ActionID", actionId);
    }

    public static AmiMessage event(String name) {
        return new AmiMessage().add("Event", name);
    }

    public AmiMessage add(String key, Object value) {
        headers.add(new String[] {key, value == null ? "" : String.valueOf(value)});
        return this;
    }

    public AmiMessage addIfPresent(String key, String value) {
        return value == null ? this : add(key, value);
    }

    public Optional<String> get(String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        for (String[] header : headers) {
            if (header[0].toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(header[1]);
            }
        }
        return Optional.empty();
    }

    public String getOrEmpty(String key) {
        return get(key).orElse("");
    }

    public List<String> keys() {
        return headers.stream().map(header -> header[0]).toList();
    }

    public boolean isEvent(String name) {
        return get("Event").filter(name::equalsIgnoreCase).isPresent();
    }

    /** The wire form: every line ends in CRLF, the message ends with an empty line. */
    public String toWire() {
        StringBuilder wire = new StringBuilder(headers.size() * 24 + 2);
        for (String[] header : headers) {
            wire.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        return wire.append("\r\n").toString();
    }

    @Override
    public String toString() {
        return toWire();
    }
}
