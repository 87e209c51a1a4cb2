package org.charterconsole.telephony;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The contexts of an {@code extensions.conf}: each step of each extension, with its application and arguments. */
record Dialplan(Map<String, String> globals, Map<String, List<Step>> contexts, Map<String, List<String>> includes) {

    private static final List<String> NOT_CONTEXTS = List.of("general", "globals");

    /** One priority: {@code exten => exten,priority(label),App(args)}. */
    record Step(String context, String exten, String label, String app, String args, int line) {
    }

    /** A place a step sends the call to; parts are null where the step leaves them as they are. */
    record Destination(String context, String exten, String priority, Step from) {
    }

    static Dialplan parse(String text) {
        AsteriskConfig config = AsteriskConfig.parse(text);
        Map<String, String> globals = new LinkedHashMap<>();
        config.section("globals").ifPresent(s -> s.entries().forEach(e -> globals.put(e.key(), e.value())));
        Map<String, List<Step>> contexts = new LinkedHashMap<>();
        Map<String, List<String>> includes = new LinkedHashMap<>();
        for (AsteriskConfig.Section section : config.sections()) {
            if (NOT_CONTEXTS.contains(section.name())) {
                continue;
            }
            List<Step> steps = new ArrayList<>();
            List<String> included = new ArrayList<>();
            String exten = null;
            for (AsteriskConfig.Entry entry : section.entries()) {
                switch (entry.key()) {
                    case "include" -> included.add(entry.value());
                    case "exten" -> {
                        int comma = entry.value().indexOf(',');
                        exten = entry.value().substring(0, comma).strip();
                        steps.add(step(section.name(), exten, entry.value().substring(comma + 1), entry.line()));
                    }
                    case "same" -> {
                        if (exten == null) {
                            throw new IllegalArgumentException("line " + entry.line() + ": same => before any exten");
                        }
                        steps.add(step(section.name(), exten, entry.value(), entry.line()));
                    }
                    default -> throw new IllegalArgumentException("line " + entry.line() + ": unexpected " + entry.key());
                }
            }
            contexts.put(section.name(), List.copyOf(steps));
            includes.put(section.name(), List.copyOf(included));
        }
        return new Dialplan(Map.copyOf(globals), contexts, includes);
    }

    private static Step step(String context, String exten, String priorityAndApp, int line) {
        int comma = priorityAndApp.indexOf(',');
        String priority = priorityAndApp.substring(0, comma).strip();
        String label = null;
        int open = priority.indexOf('(');
        if (open >= 0) {
            label = priority.substring(open + 1, priority.indexOf(')'));
        }
        String call = priorityAndApp.substring(comma + 1).strip();
        int paren = call.indexOf('(');
        String app = paren < 0 ? call : call.substring(0, paren).strip();
        String args = paren < 0 ? "" : call.substring(paren + 1, call.lastIndexOf(')'));
        return new Step(context, exten, label, app, args, line);
    }

    List<Step> steps() {
        return contexts.values().stream().flatMap(List::stream).toList();
    }

    List<Step> steps(String app) {
        return steps().stream().filter(s -> s.app().equalsIgnoreCase(app)).toList();
    }

    List<Step> steps(String context, String exten) {
        return contexts.getOrDefault(context, List.of()).stream().filter(s -> s.exten().equals(exten)).toList();
    }

    /** Whether the context has an extension that takes this number: literally or by a {@code _} pattern. */
    boolean hasExtension(String context, String exten) {
        return contexts.getOrDefault(context, List.of()).stream().anyMatch(s -> matches(s.exten(), exten));
    }

    Optional<String> global(String name) {
        return Optional.ofNullable(globals.get(name));
    }

    /** {@code ${NAME}} of a global replaced by its value; anything else is left as it is. */
    String resolveGlobals(String value) {
        String resolved = value;
        for (Map.Entry<String, String> global : globals.entrySet()) {
            resolved = resolved.replace("${" + global.getKey() + "}", global.getValue());
        }
        return resolved;
    }

    static boolean matches(String extension, String number) {
        if (!extension.startsWith("_")) {
            return extension.equals(number);
        }
        return asRegex(extension.substring(1)).matcher(number).matches();
    }

    private static Pattern asRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case 'X' -> regex.append("[0-9]");
                case 'Z' -> regex.append("[1-9]");
                case 'N' -> regex.append("[2-9]");
                case '.' -> regex.append(".+");
                case '!' -> regex.append(".*");
                case '[' -> {
                    int close = pattern.indexOf(']', i);
                    regex.append(pattern, i, close + 1);
                    i = close;
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    static boolean dynamic(String value) {
        return value.contains("${") || value.contains("$[");
    }
}
