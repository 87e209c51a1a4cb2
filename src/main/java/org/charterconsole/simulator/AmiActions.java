package org.charterconsole.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Answers the actions that touch PBX state, as Asterisk 22 does (messages from the fixtures).
 * Runs on the engine thread; returns the messages for the asking session only.
 */
final class AmiActions {

    static final String ASTERISK_VERSION = "22.10.1";

    private final QueueFloor floor;
    private final Map<String, String> astDb;
    private final Consumer<AmiMessage> broadcast;
    private final EngineScheduler scheduler;

    AmiActions(QueueFloor floor, Map<String, String> astDb, Consumer<AmiMessage> broadcast, EngineScheduler scheduler) {
        this.floor = floor;
        this.astDb = astDb;
        this.broadcast = broadcast;
        this.scheduler = scheduler;
    }

    static Map<String, String> newDatabase() {
        return new ConcurrentHashMap<>();
    }

    List<AmiMessage> handle(AmiMessage action) {
        String name = action.getOrEmpty("Action");
        String id = action.get("ActionID").orElse(null);
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "queuestatus" -> QueueStatusReport.queueStatus(floor, action.getOrEmpty("Queue"),
                    action.getOrEmpty("Member"), id);
            case "queuesummary" -> QueueStatusReport.queueSummary(floor, action.getOrEmpty("Queue"), id);
            case "queueadd" -> controlled(action, result(id, floor.addMember(action.getOrEmpty("Queue"),
                    action.getOrEmpty("Interface"), action.getOrEmpty("MemberName"), yes(action.getOrEmpty("Paused"))),
                    "Added interface to queue"));
            case "queueremove" -> controlled(action, result(id, floor.removeMember(action.getOrEmpty("Queue"),
                    action.getOrEmpty("Interface")), "Removed interface from queue"));
            case "queuepause" -> controlled(action, pause(action, id));
            case "queuechangeprioritycaller" -> changePriority(action, id);
            case "queuewithdrawcaller" -> withdraw(action, id);
            case "dbput" -> dbPut(action, id);
            case "dbget" -> dbGet(action, id);
            case "dbdel" -> dbDel(action, id);
            case "dbdeltree" -> dbDelTree(action, id);
            case "originate" -> originate(action, id);
            case "hangup" -> hangup(action, id);
            case "coresettings" -> List.of(coreSettings(id));
            default -> List.of(AmiMessage.response("Error", id).add("Message", "Invalid/unknown command: " + name
                    + ". Use Action: ListCommands to show available commands."));
        };
    }

    static AmiMessage coreSettings(String id) {
        return AmiMessage.response("Success", id).add("AMIversion", AmiServer.AMI_VERSION)
                .add("AsteriskVersion", ASTERISK_VERSION).add("SystemName", "").add("CoreMaxCalls", 0)
                .add("CoreMaxLoadAvg", "0.000000").add("CoreRunUser", "asterisk").add("CoreRunGroup", "asterisk")
                .add("CoreMaxFilehandles", 0).add("CoreRealTimeEnabled", "No").add("CoreCDRenabled", "No")
                .add("CoreHTTPenabled", "No").add("SoundsSearchCustomDir", "No");
    }

    /**
     * A member someone changed over AMI stays as they set it: the simulated shift plan, breaks and
     * wrap-up no longer touch that interface (the console's handler phones, tests, an operator).
     */
    private List<AmiMessage> controlled(AmiMessage action, List<AmiMessage> answer) {
        if (answer.get(0).getOrEmpty("Response").equals("Success")) {
            floor.controlledOverAmi(action.getOrEmpty("Interface"));
        }
        return answer;
    }

    private List<AmiMessage> pause(AmiMessage action, String id) {
        boolean paused = yes(action.getOrEmpty("Paused"));
        boolean found = floor.pause(action.getOrEmpty("Queue"), action.getOrEmpty("Interface"), paused,
                action.getOrEmpty("Reason"));
        return result(id, found ? null : "Interface not found",
                paused ? "Interface paused successfully" : "Interface unpaused successfully");
    }

    private List<AmiMessage> changePriority(AmiMessage action, String id) {
        String queue = action.getOrEmpty("Queue");
        if (floor.queue(queue).isEmpty()) {
            return error(id, "Unable to change priority caller on queue: No such queue");
        }
        int priority;
        try {
            priority = Integer.parseInt(action.getOrEmpty("Priority").strip());
        } catch (NumberFormatException e) {
            return error(id, "Priority is not a number");
        }
        return floor.callerOnChannel(queue, action.getOrEmpty("Caller"))
                .map(caller -> {
                    floor.changePriority(caller, priority, yes(action.getOrEmpty("Immediate")));
                    return ok(id, "Priority change for caller on queue");
                })
                .orElseGet(() -> error(id, "Unable to change priority caller on queue: No such caller"));
    }

    private List<AmiMessage> withdraw(AmiMessage action, String id) {
        var caller = floor.callerOnChannel(action.getOrEmpty("Queue"), action.getOrEmpty("Caller"));
        if (caller.isEmpty()) {
            return error(id, "Unable to request withdraw from queue: No such caller");
        }
        if (caller.get().withdrawRequested) {
            return error(id, "Unable to request withdraw from queue: Already requested");
        }
        caller.get().withdrawRequested = true;
        String uniqueId = caller.get().uniqueId;
        // app_queue notices the request on its next loop, just after the answer.
        scheduler.after(Duration.ZERO, () -> floor.withdraw(uniqueId));
        return ok(id, "Withdraw requested successfully");
    }

    private List<AmiMessage> dbPut(AmiMessage action, String id) {
        astDb.put(dbKey(action), action.getOrEmpty("Val"));
        return ok(id, "Updated database successfully");
    }

    private List<AmiMessage> dbGet(AmiMessage action, String id) {
        String value = astDb.get(dbKey(action));
        if (value == null) {
            return error(id, "Database entry not found");
        }
        return List.of(AmiMessage.response("Success", id).add("EventList", "start").add("Message", "Result will follow"),
                AmiMessage.event("DBGetResponse").add("Family", action.getOrEmpty("Family"))
                        .add("Key", action.getOrEmpty("Key")).add("Val", value).addIfPresent("ActionID", id),
                QueueStatusReport.complete("DBGetComplete", id, 1));
    }

    private List<AmiMessage> dbDel(AmiMessage action, String id) {
        return astDb.remove(dbKey(action)) != null ? ok(id, "Key deleted successfully")
                : error(id, "Database entry could not be deleted");
    }

    private List<AmiMessage> dbDelTree(AmiMessage action, String id) {
        String tree = action.getOrEmpty("Key").isEmpty() ? action.getOrEmpty("Family") : dbKey(action);
        boolean deleted = astDb.keySet().removeIf(key -> key.equals(tree) || key.startsWith(tree + "/"));
        return deleted ? ok(id, "Key tree deleted successfully") : error(id, "Database entry not found");
    }

    static String dbKey(AmiMessage action) {
        return action.getOrEmpty("Family") + "/" + action.getOrEmpty("Key");
    }

    private List<AmiMessage> originate(AmiMessage action, String id) {
        String channel = action.getOrEmpty("Channel");
        if (!channel.contains("/")) {
            return error(id, "Invalid channel");
        }
        boolean knownTech = channel.startsWith("PJSIP/") || channel.startsWith("Local/") || channel.startsWith("SIP/");
        String uniqueId = knownTech ? floor.nextUniqueId() : "<unknown>";
        scheduler.after(Duration.ofSeconds(1), () -> broadcast.accept(AmiMessage.event("OriginateResponse")
                .add("Privilege", "call,all").addIfPresent("ActionID", id)
                .add("Response", knownTech ? "Success" : "Failure").add("Channel", channel)
                .add("Context", action.getOrEmpty("Context")).add("Exten", action.getOrEmpty("Exten"))
                .add("Reason", knownTech ? 4 : 0).add("Uniqueid", uniqueId)
                .add("CallerIDNum", "<unknown>").add("CallerIDName", "<unknown>")));
        return ok(id, "Originate successfully queued");
    }

    private List<AmiMessage> hangup(AmiMessage action, String id) {
        String channel = action.getOrEmpty("Channel");
        return floor.queues().stream().flatMap(queue -> queue.callers.stream())
                .filter(caller -> caller.channel.equals(channel)).findFirst()
                .map(caller -> {
                    floor.abandon(caller.uniqueId);
                    return ok(id, "Channel Hungup");
                })
                .orElseGet(() -> error(id, "No such channel"));
    }

    private static List<AmiMessage> result(String id, String error, String success) {
        return error == null ? ok(id, success) : error(id, error);
    }

    private static List<AmiMessage> ok(String id, String message) {
        return List.of(AmiMessage.response("Success", id).add("Message", message));
    }

    private static List<AmiMessage> error(String id, String message) {
        return List.of(AmiMessage.response("Error", id).add("Message", message));
    }

    static boolean yes(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("1") || v.equals("on");
    }
}
