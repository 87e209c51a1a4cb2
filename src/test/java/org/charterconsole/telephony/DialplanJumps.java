package org.charterconsole.telephony;

import java.util.ArrayList;
import java.util.List;

/** Where a dialplan step may send the call: Goto, GotoIf, Gosub, GosubIf and the application inside ExecIf. */
final class DialplanJumps {

    private DialplanJumps() {
    }

    static List<Dialplan.Destination> of(Dialplan.Step step) {
        return of(step, step.app(), step.args());
    }

    private static List<Dialplan.Destination> of(Dialplan.Step step, String app, String args) {
        List<Dialplan.Destination> found = new ArrayList<>();
        switch (app.toLowerCase()) {
            case "goto", "gosub" -> found.add(destination(step, args));
            case "gotoif", "gosubif" -> branches(args).forEach(b -> found.add(destination(step, b)));
            case "execif" -> branches(args).forEach(call -> {
                int paren = call.indexOf('(');
                if (paren > 0) {
                    found.addAll(of(step, call.substring(0, paren), call.substring(paren + 1, call.lastIndexOf(')'))));
                }
            });
            default -> {
            }
        }
        return found;
    }

    /** {@code condition?first:second}: the branches that are given. */
    private static List<String> branches(String args) {
        List<String> condition = split(args, '?');
        if (condition.size() < 2) {
            return List.of();
        }
        return split(condition.get(1), ':').stream().map(String::strip).filter(b -> !b.isEmpty()).toList();
    }

    private static Dialplan.Destination destination(Dialplan.Step step, String target) {
        List<String> parts = split(target, ',').stream().map(String::strip).toList();
        String priority = withoutArguments(parts.get(parts.size() - 1));
        return switch (parts.size()) {
            case 1 -> new Dialplan.Destination(step.context(), step.exten(), priority, step);
            case 2 -> new Dialplan.Destination(step.context(), parts.get(0), priority, step);
            default -> new Dialplan.Destination(parts.get(0), parts.get(1), priority, step);
        };
    }

    private static String withoutArguments(String priority) {
        int open = priority.indexOf('(');
        return open < 0 ? priority : priority.substring(0, open);
    }

    /** Splits at {@code separator} where it is not inside (), [] or {}. */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
