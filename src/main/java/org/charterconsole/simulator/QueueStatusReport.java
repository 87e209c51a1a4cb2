package org.charterconsole.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The list answers of QueueStatus and QueueSummary, shaped like Asterisk 22's (fixture 02). */
final class QueueStatusReport {

    private QueueStatusReport() {
    }

    static List<AmiMessage> queueStatus(QueueFloor floor, String queueFilter, String memberFilter, String actionId) {
        List<AmiMessage> messages = new ArrayList<>();
        messages.add(AmiMessage.response("Success", actionId).add("EventList", "start")
                .add("Message", "Queue status will follow"));
        Instant now = floor.now();
        int items = 0;
        for (SimQueue queue : floor.queues()) {
            if (blank(queueFilter) || queue.name.equals(queueFilter)) {
                messages.add(params(queue, actionId));
                items++;
                for (SimMember member : queue.members.values()) {
                    if (blank(memberFilter) || member.agentInterface.equals(memberFilter)) {
                        SimDevice device = floor.device(member.agentInterface).orElseGet(() -> new SimDevice(member.agentInterface));
                        messages.add(member(member, device, actionId));
                        items++;
                    }
                }
                if (blank(memberFilter)) {
                    for (SimCaller caller : queue.callers) {
                        messages.add(entry(queue, caller, now, actionId));
                        items++;
                    }
                }
            }
        }
        messages.add(complete("QueueStatusComplete", actionId, items));
        return messages;
    }

    static List<AmiMessage> queueSummary(QueueFloor floor, String queueFilter, String actionId) {
        List<AmiMessage> messages = new ArrayList<>();
        messages.add(AmiMessage.response("Success", actionId).add("EventList", "start")
                .add("Message", "Queue summary will follow"));
        Instant now = floor.now();
        int items = 0;
        for (SimQueue queue : floor.queues()) {
            if (blank(queueFilter) || queue.name.equals(queueFilter)) {
                long loggedIn = queue.members.size();
                long available = queue.members.values().stream()
                        .filter(m -> !m.paused && floor.device(m.agentInterface).map(SimDevice::idle).orElse(true))
                        .count();
                long longest = queue.callers.stream().mapToLong(c -> c.waitSeconds(now)).max().orElse(0);
                messages.add(AmiMessage.event("QueueSummary").add("Queue", queue.name).add("LoggedIn", loggedIn)
                        .add("Available", available).add("Callers", queue.callers.size())
                        .add("HoldTime", queue.holdTime).add("TalkTime", queue.talkTime)
                        .add("LongestHoldTime", longest).addIfPresent("ActionID", actionId));
                items++;
            }
        }
        messages.add(complete("QueueSummaryComplete", actionId, items));
        return messages;
    }

    static AmiMessage complete(String event, String actionId, int items) {
        return AmiMessage.event(event).addIfPresent("ActionID", actionId).add("EventList", "Complete")
                .add("ListItems", items);
    }

    private static AmiMessage params(SimQueue queue, String actionId) {
        return AmiMessage.event("QueueParams").add("Queue", queue.name).add("Max", 0).add("Strategy", "rrmemory")
                .add("Calls", queue.callers.size()).add("Holdtime", queue.holdTime).add("TalkTime", queue.talkTime)
                .add("Completed", queue.completed).add("Abandoned", queue.abandoned).add("ServiceLevel", 0)
                .add("ServicelevelPerf", "0.0").add("ServicelevelPerf2", "0.0").add("Weight", queue.weight)
                .addIfPresent("ActionID", actionId);
    }

    private static AmiMessage member(SimMember member, SimDevice device, String actionId) {
        return AmiMessage.event("QueueMember").add("Queue", member.queue).add("Name", member.name)
                .add("Location", member.agentInterface).add("StateInterface", member.agentInterface)
                .add("Membership", "dynamic").add("Penalty", 0).add("CallsTaken", member.callsTaken)
                .add("LastCall", member.lastCall).add("LastPause", member.lastPause)
                .add("LoginTime", member.loginTime).add("InCall", device.inCall() ? 1 : 0)
                .add("Status", device.status).add("Paused", member.paused ? 1 : 0)
                .add("PausedReason", member.pausedReason).add("Wrapuptime", 0)
                .addIfPresent("ActionID", actionId);
    }

    private static AmiMessage entry(SimQueue queue, SimCaller caller, Instant now, String actionId) {
        return AmiMessage.event("QueueEntry").add("Queue", queue.name).add("Position", queue.positionOf(caller))
                .add("Channel", caller.channel).add("Uniqueid", caller.uniqueId)
                .add("CallerIDNum", caller.number).add("CallerIDName", caller.name)
                .add("ConnectedLineNum", caller.number).add("ConnectedLineName", caller.name)
                .add("Wait", caller.waitSeconds(now)).add("Priority", caller.queuePriority)
                .addIfPresent("ActionID", actionId);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
