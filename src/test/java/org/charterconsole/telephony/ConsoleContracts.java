package org.charterconsole.telephony;

import org.asteriskjava.manager.event.UserEvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that the dialplan's user events and manager.conf fit what the console's AMI adapter reads and sends. */
final class ConsoleContracts {

    /**
     * The class of manager privilege each action needs in Asterisk 22 ({@code ""}: none; app_queue
     * registers QueueStatus, QueueChangePriorityCaller and QueueWithdrawCaller without one).
     */
    static final Map<String, String> PRIVILEGE_OF_ACTION = Map.ofEntries(
            Map.entry("QueueAddAction", "agent"), Map.entry("QueueRemoveAction", "agent"),
            Map.entry("QueuePauseAction", "agent"), Map.entry("DbPutAction", "system"),
            Map.entry("DbDelAction", "system"), Map.entry("DbDelTreeAction", "system"),
            Map.entry("CoreSettingsAction", "system"), Map.entry("OriginateAction", "originate"),
            Map.entry("QueueStatusAction", ""), Map.entry("QueueChangePriorityCallerImmediateAction", ""),
            Map.entry("QueueWithdrawCallerAction", ""), Map.entry("PingAction", ""));
    /** The class of manager privilege that lets each event through (Queue* and Agent* events: agent). */
    static final Map<String, String> PRIVILEGE_OF_EVENT = Map.of("UserEvent", "user", "Shutdown", "system",
            "OriginateResponse", "call", "FullyBooted", "system", "VarSet", "dialplan");
    /** The one channel variable whose VarSet the console reads: why Queue() returned. */
    static final String QUEUE_STATUS_FILTER = "eventfilter(action(include),name(VarSet),header(Variable),method(exact))";
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1");
    private static final Pattern FILTER_NAME = Pattern.compile("name\\((\\w+)\\)");

    private ConsoleContracts() {
    }

    /** Every UserEvent is one the console registers, carrying exactly the headers it reads; each is raised somewhere. */
    static List<String> userEventProblems(Dialplan dialplan) {
        Map<String, Class<? extends UserEvent>> registered = ConsoleSide.userEventClasses();
        List<String> problems = new ArrayList<>();
        Set<String> raised = new LinkedHashSet<>();
        for (Dialplan.Step step : dialplan.steps("UserEvent")) {
            List<String> args = DialplanJumps.split(step.args(), ',');
            String name = args.get(0).strip();
            raised.add(name);
            Class<? extends UserEvent> type = registered.get(name);
            if (type == null) {
                problems.add("line " + step.line() + ": UserEvent " + name + " is not registered by the console, "
                        + "so asterisk-java drops it");
                continue;
            }
            Set<String> wanted = lowerCase(ConsoleSide.headersOf(type));
            Set<String> given = new TreeSet<>();
            for (String header : args.subList(1, args.size())) {
                String key = header.contains(":") ? header.substring(0, header.indexOf(':')).strip() : header.strip();
                given.add(key.toLowerCase(Locale.ROOT));
                if (key.equalsIgnoreCase("Uniqueid")) {
                    problems.add("line " + step.line() + ": Uniqueid comes with the channel's own fields; "
                            + "repeated in the body it arrives twice");
                } else if (!wanted.contains(key.toLowerCase(Locale.ROOT))) {
                    problems.add("line " + step.line() + ": " + name + " header " + key + " is not read by the console");
                }
            }
            wanted.stream().filter(h -> !given.contains(h))
                    .forEach(h -> problems.add("line " + step.line() + ": " + name + " lacks header " + h));
        }
        registered.keySet().stream().filter(n -> !raised.contains(n))
                .forEach(n -> problems.add("the console waits for UserEvent " + n + " but the dialplan never raises it"));
        return problems;
    }

    /** Loopback only, a placeholder secret, the privileges the console's actions and events need and no more, and event filters for exactly the events it reads. */
    static List<String> managerProblems(AsteriskConfig manager) {
        List<String> problems = new ArrayList<>();
        AsteriskConfig.Section general = manager.section("general").orElseThrow();
        String bind = general.value("bindaddr").orElse("0.0.0.0");
        if (!LOOPBACK.contains(bind)) {
            problems.add("[general] bindaddr = " + bind + ": AMI must listen on loopback only");
        }
        if (general.value("webenabled").orElse("no").equalsIgnoreCase("yes")) {
            problems.add("[general] webenabled = yes: AMI over HTTP is not used");
        }
        Set<String> neededWrite = new TreeSet<>();
        for (String action : ConsoleSide.actionsSent()) {
            String privilege = PRIVILEGE_OF_ACTION.get(action);
            if (privilege == null) {
                problems.add("the console sends " + action + ": add the privilege it needs to PRIVILEGE_OF_ACTION");
            } else if (!privilege.isEmpty()) {
                neededWrite.add(privilege);
            }
        }
        Set<String> consoleEvents = ConsoleSide.translatedEvents();
        Set<String> neededRead = new TreeSet<>();
        for (String event : consoleEvents) {
            String privilege = event.startsWith("Queue") || event.startsWith("Agent") ? "agent"
                    : PRIVILEGE_OF_EVENT.get(event);
            if (privilege == null) {
                problems.add("the console reads " + event + ": add the privilege it needs to PRIVILEGE_OF_EVENT");
            } else {
                neededRead.add(privilege);
            }
        }
        for (AsteriskConfig.Section user : manager.sections()) {
            if (user.name().equals("general")) {
                continue;
            }
            String who = "[" + user.name() + "] ";
            expectClasses(problems, who + "read", user.value("read").orElse(""), neededRead);
            expectClasses(problems, who + "write", user.value("write").orElse(""), neededWrite);
            if (user.entries("deny").stream().noneMatch(e -> e.value().equals("0.0.0.0/0.0.0.0"))) {
                problems.add(who + "must deny 0.0.0.0/0.0.0.0 before permitting loopback");
            }
            user.entries("permit").stream()
                    .filter(e -> !LOOPBACK.contains(e.value().split("/")[0]))
                    .forEach(e -> problems.add(who + "permit = " + e.value() + ": loopback only"));
            String secret = user.value("secret").orElse("");
            if (!secret.startsWith("REPLACE-")) {
                problems.add(who + "secret must be a placeholder (REPLACE-...), never a real secret");
            }
            filterProblems(problems, who, user, consoleEvents);
        }
        return problems;
    }

    private static void expectClasses(List<String> problems, String what, String value, Set<String> needed) {
        Set<String> granted = new TreeSet<>(Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        if (!granted.equals(needed)) {
            problems.add(what + " = " + String.join(",", granted) + ", the console needs exactly "
                    + String.join(",", needed));
        }
    }

    private static void filterProblems(List<String> problems, String who, AsteriskConfig.Section user,
                                       Set<String> consoleEvents) {
        Set<String> passed = new TreeSet<>();
        for (AsteriskConfig.Entry filter : user.entries()) {
            if (!filter.key().startsWith("eventfilter(")) {
                continue;
            }
            if (filter.key().contains("action(exclude)")) {
                continue;
            }
            Matcher name = FILTER_NAME.matcher(filter.key());
            if (!name.find()) {
                problems.add(who + "line " + filter.line() + ": an event filter without name() scans every event");
                continue;
            }
            passed.add(name.group(1));
            if (name.group(1).equals("VarSet") && !(filter.key().equals(QUEUE_STATUS_FILTER)
                    && filter.value().equals(QueueReentries.QUEUE_STATUS))) {
                problems.add(who + "line " + filter.line() + ": the VarSet filter must pass only "
                        + QUEUE_STATUS_FILTER + " = " + QueueReentries.QUEUE_STATUS);
            }
            if (name.group(1).equals("UserEvent")) {
                ConsoleSide.userEventClasses().keySet().stream().filter(n -> !filter.value().contains(n))
                        .forEach(n -> problems.add(who + "the UserEvent filter drops " + n));
            }
        }
        if (!passed.equals(new TreeSet<>(consoleEvents))) {
            problems.add(who + "event filters pass " + passed + ", the console reads " + new TreeSet<>(consoleEvents));
        }
    }

    private static Set<String> lowerCase(Set<String> names) {
        Set<String> lower = new TreeSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
