package org.charterconsole.telephony;

import org.charterconsole.catalogue.Service;
import org.charterconsole.pbx.AstDbKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Asterisk configuration in {@code telephony/}, and the checks that it fits the console: each
 * check returns the problems it finds, one readable line each, so a test can show them all.
 */
record TelephonyPack(Dialplan dialplan, AsteriskConfig queues, AsteriskConfig musicOnHold) {

    static final Path DIRECTORY = Path.of("telephony");
    /** The context with one extension per service, each setting QUEUE_PRIO and going to the queue. */
    static final String SERVICES_CONTEXT = "council-services";
    static final String QUEUE_CONTEXT = "council-queue";
    /** What the closed-hours menu sets before raising OutOfHoursEmergency. */
    static final String EMERGENCY_CATEGORY = "EMERGENCY_CATEGORY";
    /** Where Queue() returning without a handler goes, by QUEUESTATUS. */
    static final String RESULT_CONTEXT = "council-queue-result";
    /** The global with Queue()'s timeout: how often a waiting caller hears their expected wait again. */
    static final String WAIT_MESSAGE_SECONDS = "WAIT_MESSAGE_SECONDS";
    /** The variable Queue()'s position argument is read from: empty on joining, QUEUEPOSITION on returning. */
    static final String PLACE = "COUNCIL_PLACE";
    /** Shorter than this, the message nags and callers spend too long out of the queue. */
    static final int SHORTEST_WAIT_MESSAGE_SECONDS = 60;
    /** Sections of queues.conf that are app_queue's own, not queues. */
    static final String QUEUES_GENERAL = "general";

    private static final Pattern DB_READ = Pattern.compile("\\$\\{DB\\(([^)]*)\\)}");

    static TelephonyPack load() {
        return of(read("extensions.conf"), read("queues.conf"), read("musiconhold.conf"));
    }

    static TelephonyPack of(String extensions, String queues, String musicOnHold) {
        return new TelephonyPack(Dialplan.parse(extensions), AsteriskConfig.parse(queues),
                AsteriskConfig.parse(musicOnHold));
    }

    static String read(String file) {
        try {
            return Files.readString(DIRECTORY.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every context a step, an include or a queue's {@code context=} sends a call to exists, with that extension and label. */
    List<String> missingDestinations() {
        List<String> problems = new ArrayList<>();
        for (Dialplan.Step step : dialplan.steps()) {
            for (Dialplan.Destination to : DialplanJumps.of(step)) {
                destinationProblem(to).ifPresent(problems::add);
            }
        }
        dialplan.includes().forEach((context, included) -> included.stream()
                .filter(name -> !dialplan.contexts().containsKey(name))
                .forEach(name -> problems.add("[" + context + "] includes missing context [" + name + "]")));
        for (AsteriskConfig.Section queue : queues.sections()) {
            queue.value("context").filter(name -> !dialplan.contexts().containsKey(name))
                    .ifPresent(name -> problems.add("queues.conf [" + queue.name() + "] context = " + name
                            + ": no such context in extensions.conf"));
        }
        return problems;
    }

    private Optional<String> destinationProblem(Dialplan.Destination to) {
        String where = "line " + to.from().line() + " (" + to.from().app() + ")";
        if (Dialplan.dynamic(to.context())) {
            return Optional.of(where + ": context " + to.context() + " is computed, so it cannot be checked");
        }
        if (!dialplan.contexts().containsKey(to.context())) {
            return Optional.of(where + ": no context [" + to.context() + "]");
        }
        if (Dialplan.dynamic(to.exten())) {
            return Optional.empty();
        }
        if (!dialplan.hasExtension(to.context(), to.exten())) {
            return Optional.of(where + ": no extension " + to.exten() + " in [" + to.context() + "]");
        }
        boolean label = !to.priority().matches("\\d+|n");
        boolean labelled = dialplan.contexts().get(to.context()).stream()
                .anyMatch(s -> Dialplan.matches(s.exten(), to.exten()) && to.priority().equals(s.label()));
        if (label && !labelled) {
            return Optional.of(where + ": no label " + to.priority() + " in " + to.exten() + "@" + to.context());
        }
        return Optional.empty();
    }

    /** Every active service has its queue, with the weight and servicelevel of the catalogue; no queue serves no service. */
    List<String> queueProblems(List<Service> catalogue) {
        List<String> problems = new ArrayList<>();
        for (Service service : catalogue.stream().filter(Service::active).toList()) {
            String name = service.queueName();
            Optional<AsteriskConfig.Section> queue = queues.section(name);
            if (name.equals(QUEUES_GENERAL)) {
                problems.add(service.code() + ": [general] is app_queue's own section, not a queue");
            } else if (queue.isEmpty() || queue.get().template()) {
                problems.add(service.code() + ": no queue [" + name + "] in queues.conf");
            } else {
                Map<String, String> settings = queues.effective(name);
                expect(problems, name, settings, "weight", String.valueOf(service.weight()));
                expect(problems, name, settings, "servicelevel", String.valueOf(service.answerWithinSeconds()));
                expect(problems, name, settings, "announce-position", "yes");
                expect(problems, name, settings, "announce-holdtime", "no");
                expect(problems, name, settings, "ringinuse", "no");
                String music = settings.getOrDefault("musicclass", "default");
                if (musicOnHold.section(music).isEmpty()) {
                    problems.add(name + ": musicclass " + music + " is not in musiconhold.conf");
                }
            }
        }
        Set<String> served = Set.copyOf(catalogue.stream().map(Service::queueName).toList());
        queues.sections().stream()
                .filter(s -> !s.template() && !s.name().equals(QUEUES_GENERAL) && !served.contains(s.name()))
                .forEach(s -> problems.add("queues.conf [" + s.name() + "] serves no service in the catalogue"));
        return problems;
    }

    private static void expect(List<String> problems, String queue, Map<String, String> settings, String key,
                               String wanted) {
        String actual = settings.get(key);
        if (!wanted.equals(actual)) {
            problems.add(queue + ": " + key + " = " + actual + ", the console expects " + wanted);
        }
    }

    /** Each service's menu entry sets QUEUE_PRIO to the catalogue's caller priority and enters the service's queue. */
    List<String> callerPriorityProblems(List<Service> catalogue) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> priorityByQueue = menuEntries(problems);
        for (Service service : catalogue.stream().filter(Service::active).toList()) {
            Integer set = priorityByQueue.get(service.queueName());
            if (set == null) {
                problems.add(service.code() + ": no extension in [" + SERVICES_CONTEXT + "] enters queue "
                        + service.queueName());
            } else if (set != service.callerPriority()) {
                problems.add(service.code() + ": QUEUE_PRIO " + set + ", the catalogue's caller priority is "
                        + service.callerPriority());
            }
        }
        // A service may deviate from its class (its extension then sets its own number); the class's
        // global holds what most of the class's services have.
        catalogue.stream().filter(Service::active)
                .collect(Collectors.groupingBy(Service::priorityClass,
                        Collectors.groupingBy(Service::callerPriority, Collectors.counting())))
                .forEach((priorityClass, counts) -> {
                    int usual = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                    String global = "CALLER_PRIORITY_" + priorityClass.name();
                    Optional<String> value = dialplan.global(global);
                    if (value.isEmpty() || !value.get().equals(String.valueOf(usual))) {
                        problems.add("[globals] " + global + " = " + value.orElse("(missing)") + ", the catalogue's "
                                + priorityClass.name().toLowerCase() + " services have caller priority " + usual);
                    }
                });
        return problems;
    }

    /** Queue name to the QUEUE_PRIO its extension in [council-services] sets before entering it. */
    private Map<String, Integer> menuEntries(List<String> problems) {
        Map<String, Integer> priorityByQueue = new LinkedHashMap<>();
        List<Dialplan.Step> steps = dialplan.contexts().getOrDefault(SERVICES_CONTEXT, List.of());
        for (String exten : steps.stream().map(Dialplan.Step::exten).distinct().toList()) {
            Integer priority = null;
            for (Dialplan.Step step : dialplan.steps(SERVICES_CONTEXT, exten)) {
                if (step.app().equalsIgnoreCase("Set") && step.args().startsWith("QUEUE_PRIO=")) {
                    String value = dialplan.resolveGlobals(step.args().substring("QUEUE_PRIO=".length()));
                    priority = value.matches("\\d+") ? Integer.valueOf(value) : null;
                    if (priority == null) {
                        problems.add("line " + step.line() + ": QUEUE_PRIO = " + value + " is not a number");
                    }
                }
                for (Dialplan.Destination to : DialplanJumps.of(step)) {
                    if (to.context().equals(QUEUE_CONTEXT) && priority != null) {
                        priorityByQueue.put(to.exten(), priority);
                    }
                }
            }
        }
        return priorityByQueue;
    }

    /** Every AstDB key the dialplan reads is one the console writes; the dialplan writes none of the console's. */
    List<String> astDbProblems() {
        List<String> problems = new ArrayList<>();
        for (Dialplan.Step step : dialplan.steps()) {
            Matcher read = DB_READ.matcher(step.args());
            while (read.find()) {
                String path = read.group(1);
                if (!writtenByTheConsole(path)) {
                    problems.add("line " + step.line() + ": reads DB(" + path + "), which the console never writes");
                }
            }
            if (step.app().equalsIgnoreCase("Set") && step.args().startsWith("DB(" + AstDbKeys.FAMILY + "/")) {
                problems.add("line " + step.line() + ": writes " + step.args() + "; only the console writes "
                        + AstDbKeys.FAMILY + "/*");
            }
        }
        return problems;
    }

    private static boolean writtenByTheConsole(String path) {
        String prefix = AstDbKeys.FAMILY + "/";
        if (!path.startsWith(prefix)) {
            return false;
        }
        String key = path.substring(prefix.length());
        return AstDbKeys.FIXED_KEYS.contains(key) || oneBelow(key, AstDbKeys.estimatedWait(""))
                || oneBelow(key, AstDbKeys.callerEstimatedWait(""));
    }

    private static boolean oneBelow(String key, String prefix) {
        return key.startsWith(prefix) && key.length() > prefix.length() && !key.substring(prefix.length()).contains("/");
    }

    /**
     * Queue() hands the caller back every WAIT_MESSAGE_SECONDS (its timeout, with the t option kept);
     * on TIMEOUT the dialplan speaks that caller's own estimate and takes them back to the Queue()
     * step with Queue()'s position argument set from QUEUEPOSITION, so nobody loses their place.
     */
    List<String> reentryProblems() {
        List<String> problems = new ArrayList<>();
        String seconds = dialplan.global(WAIT_MESSAGE_SECONDS).orElse("(missing)");
        if (!seconds.matches("\\d{1,5}") || Integer.parseInt(seconds) < SHORTEST_WAIT_MESSAGE_SECONDS) {
            problems.add("[globals] " + WAIT_MESSAGE_SECONDS + " = " + seconds + ": whole seconds, at least "
                    + SHORTEST_WAIT_MESSAGE_SECONDS);
        }
        List<Dialplan.Step> queueSteps = dialplan.contexts().getOrDefault(QUEUE_CONTEXT, List.of()).stream()
                .filter(step -> step.app().equalsIgnoreCase("Queue")).toList();
        if (queueSteps.isEmpty()) {
            problems.add("[" + QUEUE_CONTEXT + "] has no Queue()");
        }
        for (Dialplan.Step step : queueSteps) {
            // Queue(queuename,options,URL,announceoverride,timeout,AGI,gosub,rule,position), Asterisk 21+
            List<String> args = new ArrayList<>(DialplanJumps.split(step.args(), ','));
            while (args.size() < 9) {
                args.add("");
            }
            String where = "line " + step.line() + " Queue(" + step.args() + ")";
            if (!args.get(1).contains("t")) {
                problems.add(where + ": without option t handlers cannot transfer the caller");
            }
            if (!args.get(4).equals("${" + WAIT_MESSAGE_SECONDS + "}")) {
                problems.add(where + ": timeout (5th argument) must be ${" + WAIT_MESSAGE_SECONDS + "}");
            }
            if (args.size() != 9 || !args.get(8).equals("${" + PLACE + "}")) {
                problems.add(where + ": position (9th and last argument) must be ${" + PLACE + "}");
            }
            if (step.label() == null) {
                problems.add(where + ": no label for the caller to come back to");
            }
        }
        List<Dialplan.Step> timeout = dialplan.steps(RESULT_CONTEXT, QueueReentries.TIMEOUT);
        if (timeout.isEmpty()) {
            problems.add("[" + RESULT_CONTEXT + "] has no " + QueueReentries.TIMEOUT
                    + " extension: a caller due for the wait message would be told nobody can answer");
            return problems;
        }
        if (timeout.stream().noneMatch(s -> s.app().equalsIgnoreCase("Set")
                && s.args().equals(PLACE + "=${QUEUEPOSITION}"))) {
            problems.add(QueueReentries.TIMEOUT + "@" + RESULT_CONTEXT + " does not keep the caller's place: Set("
                    + PLACE + "=${QUEUEPOSITION})");
        }
        String ownEstimate = "DB(" + AstDbKeys.path(AstDbKeys.callerEstimatedWait("${UNIQUEID}")) + ")";
        String newcomersEstimate = "DB(" + AstDbKeys.path(AstDbKeys.estimatedWait(""));
        if (timeout.stream().noneMatch(s -> s.args().contains(ownEstimate))
                || timeout.stream().anyMatch(s -> s.args().contains(newcomersEstimate))) {
            problems.add(QueueReentries.TIMEOUT + "@" + RESULT_CONTEXT + " must speak the caller's own estimate, "
                    + ownEstimate + ", not a newcomer's " + newcomersEstimate + "<queue>)");
        }
        List<String> labels = queueSteps.stream().map(Dialplan.Step::label).filter(l -> l != null).toList();
        boolean backToQueue = timeout.stream().flatMap(s -> DialplanJumps.of(s).stream())
                .anyMatch(to -> to.context().equals(QUEUE_CONTEXT) && labels.contains(to.priority()));
        if (!backToQueue) {
            problems.add(QueueReentries.TIMEOUT + "@" + RESULT_CONTEXT + " does not go back to the Queue() step "
                    + labels + " in [" + QUEUE_CONTEXT + "]");
        }
        return problems;
    }

    /** Values the closed-hours menu gives the OutOfHoursEmergency Category: each must be a service's queue. */
    List<String> emergencyCategoryProblems(List<Service> catalogue) {
        Set<String> queuesOfServices = Set.copyOf(catalogue.stream().map(Service::queueName).toList());
        return dialplan.steps("Set").stream()
                .filter(s -> s.args().startsWith(EMERGENCY_CATEGORY + "="))
                .filter(s -> !queuesOfServices.contains(s.args().substring(EMERGENCY_CATEGORY.length() + 1)))
                .map(s -> "line " + s.line() + ": emergency category " + s.args().substring(EMERGENCY_CATEGORY.length() + 1)
                        + " is no service's queue")
                .toList();
    }
}
