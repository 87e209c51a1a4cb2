package org.charterconsole.simulator;

import java.time.Instant;

/** Builds events with the headers, in the order, Asterisk 22 sends them (see the AMI fixtures). */
final class AmiEvents {

    /** The dialplan step Queue() runs at in the simulated contexts; not QUEUE_PRIO. */
    static final int DIALPLAN_QUEUE_STEP = 3;
    static final String CALLBACK_CONTEXT = "council-callback";
    static final int CALLBACK_REQUEST_STEP = 11;

    private AmiEvents() {
    }

    static AmiMessage callerEvent(String name, SimCaller caller) {
        return callerEvent(name, "agent,all", caller);
    }

    static AmiMessage callerEvent(String name, String privilege, SimCaller caller) {
        return callerEvent(name, privilege, caller, context(caller.queue), DIALPLAN_QUEUE_STEP);
    }

    /** The channel's fields as Asterisk puts them first in every event of a channel, at its dialplan step. */
    private static AmiMessage callerEvent(String name, String privilege, SimCaller caller, String context,
                                          int dialplanStep) {
        return AmiMessage.event(name).add("Privilege", privilege).add("Channel", caller.channel)
                .add("ChannelState", 6).add("ChannelStateDesc", "Up")
                .add("CallerIDNum", caller.number).add("CallerIDName", caller.name)
                .add("ConnectedLineNum", caller.number).add("ConnectedLineName", caller.name)
                .add("Language", "en").add("AccountCode", "").add("Context", context)
                .add("Exten", "s").add("Priority", dialplanStep)
                .add("Uniqueid", caller.uniqueId).add("Linkedid", caller.uniqueId);
    }

    static String context(String queue) {
        return "from-council-" + queue;
    }

    static AmiMessage join(SimCaller caller, int position, int count) {
        return callerEvent("QueueCallerJoin", caller).add("Queue", caller.queue)
                .add("Position", position).add("Count", count);
    }

    static AmiMessage leave(SimCaller caller, int position, int count) {
        return callerEvent("QueueCallerLeave", caller).add("Queue", caller.queue)
                .add("Position", position).add("Count", count);
    }

    static AmiMessage abandon(SimCaller caller, int position, Instant now) {
        return callerEvent("QueueCallerAbandon", caller).add("Queue", caller.queue)
                .add("Position", position).add("OriginalPosition", caller.originalPosition)
                .add("HoldTime", caller.waitSeconds(now));
    }

    /** A channel variable set on the caller's channel (app_queue sets QUEUEPOSITION, QUEUESTATUS, ...). */
    static AmiMessage varSet(SimCaller caller, String variable, Object value) {
        return callerEvent("VarSet", "dialplan,all", caller).add("Variable", variable).add("Value", value);
    }

    static AmiMessage agentEvent(String name, SimCaller caller, SimDevice device, SimMember member,
                                 boolean answered) {
        int state = answered ? 6 : 5;
        return callerEvent(name, caller)
                .add("DestChannel", device.channel).add("DestChannelState", state)
                .add("DestChannelStateDesc", answered ? "Up" : "Ringing")
                .add("DestCallerIDNum", caller.number).add("DestCallerIDName", caller.name)
                .add("DestConnectedLineNum", caller.number).add("DestConnectedLineName", caller.name)
                .add("DestLanguage", "en").add("DestAccountCode", "").add("DestContext", "agents")
                .add("DestExten", "s").add("DestPriority", 1)
                .add("DestUniqueid", device.uniqueId).add("DestLinkedid", caller.uniqueId)
                .add("Queue", caller.queue).add("Interface", member.agentInterface)
                .add("MemberName", member.name);
    }

    static AmiMessage member(String name, SimMember member, SimDevice device) {
        return AmiMessage.event(name).add("Privilege", "agent,all").add("Queue", member.queue)
                .add("MemberName", member.name).add("Interface", member.agentInterface)
                .add("StateInterface", member.agentInterface).add("Membership", "dynamic")
                .add("Penalty", 0).add("CallsTaken", member.callsTaken).add("LastCall", member.lastCall)
                .add("LastPause", member.lastPause).add("LoginTime", member.loginTime)
                .add("InCall", device.inCall() ? 1 : 0).add("Status", device.status)
                .add("Paused", member.paused ? 1 : 0).add("PausedReason", member.pausedReason)
                .add("Ringinuse", 0).add("Wrapuptime", 0);
    }

    static AmiMessage userEvent(String name, SimCaller caller) {
        return callerEvent("UserEvent", "user,all", caller).add("UserEvent", name);
    }

    /**
     * The shipped dialplan's {@code UserEvent(CallbackRequested,Queue: ...,CallerIDNum: ...)}, raised in
     * [council-callback] (step {@value #CALLBACK_REQUEST_STEP}, "request") for a caller whose number can be called.
     */
    static AmiMessage callbackRequested(SimCaller caller) {
        return callerEvent("UserEvent", "user,all", caller, CALLBACK_CONTEXT, CALLBACK_REQUEST_STEP)
                .add("UserEvent", "CallbackRequested").add("Queue", caller.queue).add("CallerIDNum", caller.number);
    }
}
