package org.charterconsole.telephony;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mistakes Asterisk only reports when a caller reaches them: broken brackets, extensions without priority 1, unrecorded prompts. */
final class DialplanHygiene {

    private static final Pattern COUNCIL_PROMPT = Pattern.compile("council/([a-z0-9-]+)");

    private DialplanHygiene() {
    }

    /** Every step's brackets close; every extension starts at priority 1; no label twice in one extension. */
    static List<String> syntaxProblems(String extensionsConf) {
        Dialplan dialplan = Dialplan.parse(extensionsConf);
        List<String> problems = new ArrayList<>();
        for (Dialplan.Step step : dialplan.steps()) {
            if (!balanced(step.args())) {
                problems.add("line " + step.line() + ": unbalanced brackets in " + step.app() + "(" + step.args() + ")");
            }
        }
        dialplan.contexts().forEach((context, steps) -> {
            Map<String, Set<String>> labels = new LinkedHashMap<>();
            Set<String> started = new LinkedHashSet<>();
            for (Dialplan.Step step : steps) {
                if (started.add(step.exten()) && !startsAtOne(extensionsConf, step)) {
                    problems.add("line " + step.line() + ": " + step.exten() + "@" + context + " does not start at priority 1");
                }
                if (step.label() != null && !labels.computeIfAbsent(step.exten(), e -> new LinkedHashSet<>()).add(step.label())) {
                    problems.add("line " + step.line() + ": label " + step.label() + " twice in " + step.exten() + "@" + context);
                }
            }
        });
        return problems;
    }

    private static boolean startsAtOne(String extensionsConf, Dialplan.Step first) {
        String line = extensionsConf.split("\r?\n")[first.line() - 1].split(";", 2)[0];
        String[] parts = line.substring(line.indexOf("=>") + 2).split(",", 3);
        return line.strip().startsWith("exten") && parts[1].strip().replaceFirst("\\(.*", "").equals("1");
    }

    private static boolean balanced(String text) {
        int round = 0;
        int square = 0;
        int curly = 0;
        for (char c : text.toCharArray()) {
            switch (c) {
                case '(' -> round++;
                case ')' -> round--;
                case '[' -> square++;
                case ']' -> square--;
                case '{' -> curly++;
                case '}' -> curly--;
                default -> {
                }
            }
            if (round < 0 || square < 0 || curly < 0) {
                return false;
            }
        }
        return round == 0 && square == 0 && curly == 0;
    }

    /** Every council/ prompt the dialplan or the queues play is in the README's list of prompts to record. */
    static List<String> unlistedPrompts(String extensionsConf, String queuesConf, String readme) {
        Set<String> prompts = new LinkedHashSet<>();
        for (String text : List.of(withoutComments(extensionsConf), withoutComments(queuesConf))) {
            Matcher m = COUNCIL_PROMPT.matcher(text);
            while (m.find()) {
                prompts.add(m.group(1));
            }
        }
        return prompts.stream()
                .filter(p -> !readme.contains("`" + p + "`") && !readme.contains("`" + p + "`,"))
                .map(p -> "council/" + p + " is played but not in telephony/README.md's list of prompts")
                .toList();
    }

    private static String withoutComments(String conf) {
        StringBuilder code = new StringBuilder();
        for (String line : conf.split("\r?\n")) {
            code.append(line.split(";", 2)[0]).append('\n');
        }
        return code.toString();
    }
}
