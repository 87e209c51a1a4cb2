package org.charterconsole.telephony;

import org.asteriskjava.manager.event.UserEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the console's AMI adapter uses, read from its own source so the checks follow it: the
 * AMI events it translates, the user events it registers and the actions it sends.
 */
final class ConsoleSide {

    private static final Path SOURCES = Path.of("src/main/java/org/charterconsole/telephony");

    private ConsoleSide() {
    }

    /** AMI event names the translator turns into console events (a user event counts as {@code UserEvent}). */
    static Set<String> translatedEvents() {
        Set<String> userEvents = userEventClasses().keySet();
        Set<String> events = new LinkedHashSet<>();
        Matcher m = Pattern.compile("instanceof (\\w+)Event\\b").matcher(source("AmiEventTranslator.java"));
        while (m.find()) {
            String name = m.group(1);
            if (!name.equals("Response")) {
                events.add(userEvents.contains(name) ? "UserEvent" : name);
            }
        }
        return events;
    }

    /** The user events registered on every connection, by the name the dialplan raises them with. */
    static Map<String, Class<? extends UserEvent>> userEventClasses() {
        Map<String, Class<? extends UserEvent>> classes = new LinkedHashMap<>();
        Matcher m = Pattern.compile("registerUserEventClass\\((\\w+)\\.class\\)").matcher(source("AmiConnection.java"));
        while (m.find()) {
            Class<? extends UserEvent> type = userEventClass(m.group(1));
            classes.put(m.group(1).replaceFirst("Event$", ""), type);
        }
        return classes;
    }

    /** Headers the console reads from a user event's body: the class's own properties, plus the caller's number. */
    static Set<String> headersOf(Class<? extends UserEvent> type) {
        Set<String> headers = new LinkedHashSet<>();
        Arrays.stream(type.getDeclaredMethods())
                .filter(method -> method.getName().startsWith("set") && method.getParameterCount() == 1)
                .map(method -> method.getName().substring(3))
                .sorted()
                .forEach(headers::add);
        headers.add("CallerIDNum");
        return headers;
    }

    /** Simple names of the asterisk-java actions the adapter sends ({@code QueueAddAction}, ...). */
    static Set<String> actionsSent() {
        Set<String> actions = new LinkedHashSet<>();
        try (var files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = Pattern.compile("new (\\w+Action)\\(").matcher(Files.readString(file));
                while (m.find()) {
                    actions.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return actions;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends UserEvent> userEventClass(String simpleName) {
        try {
            return (Class<? extends UserEvent>) Class.forName("org.charterconsole.telephony." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source(String file) {
        try {
            return Files.readString(SOURCES.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
