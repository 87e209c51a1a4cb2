package org.charterconsole.telephony;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A stream of queue traffic in Asterisk 22's exact wire format (the headers of the captured
 * transcripts), as the sample manager.conf's event filter lets it through: callers join, ring an
 * agent, are answered and complete, or abandon, with up to {@value #WAITING} waiting at once.
 */
final class AmiEventStream {

    static final int WAITING = 16;
    private static final List<String> QUEUES = List.of("elas", "household-support", "adult-social-care",
            "childrens-social-care", "council-tax", "business-rates", "benefits", "waste", "taxi-licensing",
            "housing", "highways", "general-enquiries");
    private static final int AGENTS = 24;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int events;

    private AmiEventStream() {
    }

    /** Builds the stream of {@code calls} calls numbered from {@code firstCall}; one in ten abandons. */
    static AmiEventStream ofCalls(int firstCall, int calls) {
        AmiEventStream stream = new AmiEventStream();
        for (int call = firstCall; call < firstCall + calls + WAITING; call++) {
            if (call < firstCall + calls) {
                stream.join(call, Math.min(call - firstCall, WAITING) + 1);
            }
            int finishing = call - WAITING;
            if (finishing >= firstCall) {
                if (finishing % 10 == 7) {
                    stream.abandon(finishing);
                } else {
                    stream.answer(finishing);
                }
            }
        }
        return stream;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    int events() {
        return events;
    }

    private void join(int call, int count) {
        event("QueueCallerJoin", caller(call) + "Queue: " + queue(call) + "\r\nPosition: " + count
                + "\r\nCount: " + count + "\r\n");
    }

    private void abandon(int call) {
        event("QueueCallerAbandon", caller(call) + "Queue: " + queue(call)
                + "\r\nPosition: 1\r\nOriginalPosition: 3\r\nHoldTime: 41\r\n");
        event("QueueCallerLeave", caller(call) + "Queue: " + queue(call) + "\r\nPosition: 1\r\nCount: 15\r\n");
    }

    private void answer(int call) {
        event("AgentCalled", caller(call) + destination(call, 0) + member(call));
        event("QueueMemberStatus", memberStatus(call, 6, 0));
        event("QueueCallerLeave", caller(call) + "Queue: " + queue(call) + "\r\nPosition: 1\r\nCount: 15\r\n");
        event("AgentConnect", caller(call) + destination(call, 6) + member(call) + "HoldTime: 38\r\nRingTime: 3\r\n");
        event("QueueMemberStatus", memberStatus(call, 2, 1));
        event("AgentComplete", caller(call) + destination(call, 6) + member(call)
                + "HoldTime: 38\r\nTalkTime: 214\r\nReason: agent\r\n");
        event("QueueMemberStatus", memberStatus(call, 1, 0));
    }

    private void event(String name, String body) {
        String message = "Event: " + name + "\r\nPrivilege: agent,all\r\n" + body + "\r\n";
        out.writeBytes(message.getBytes(StandardCharsets.UTF_8));
        events++;
    }

    private static String caller(int call) {
        String number = "07700%06d".formatted(call % 1_000_000);
        return "Channel: PJSIP/trunk-%08x\r\nChannelState: 6\r\nChannelStateDesc: Up\r\n".formatted(call)
                + "CallerIDNum: " + number + "\r\nCallerIDName: Caller " + call + "\r\n"
                + "ConnectedLineNum: " + number + "\r\nConnectedLineName: Caller " + call + "\r\n"
                + "Language: en\r\nAccountCode: \r\nContext: council-ivr\r\nExten: s\r\nPriority: 3\r\n"
                + "Uniqueid: 1795842748." + call + "\r\nLinkedid: 1795842748." + call + "\r\n";
    }

    private static String destination(int call, int state) {
        return "DestChannel: " + agent(call) + "-%08x\r\nDestChannelState: %d\r\nDestChannelStateDesc: %s\r\n"
                .formatted(call, state, state == 6 ? "Up" : "Down")
                + "DestCallerIDNum: " + agent(call).substring(6) + "\r\nDestCallerIDName: Agent\r\n"
                + "DestConnectedLineNum: \r\nDestConnectedLineName: \r\nDestLanguage: en\r\nDestAccountCode: \r\n"
                + "DestContext: agents\r\nDestExten: s\r\nDestPriority: 1\r\n"
                + "DestUniqueid: 1795842749." + call + "\r\nDestLinkedid: 1795842748." + call + "\r\n";
    }

    private static String member(int call) {
        return "Queue: " + queue(call) + "\r\nInterface: " + agent(call) + "\r\nMemberName: Agent "
                + agent(call).substring(6) + "\r\n";
    }

    private static String memberStatus(int call, int status, int inCall) {
        return "Queue: " + queue(call) + "\r\nMemberName: Agent " + agent(call).substring(6) + "\r\nInterface: "
                + agent(call) + "\r\nStateInterface: " + agent(call) + "\r\nMembership: dynamic\r\nPenalty: 0\r\n"
                + "CallsTaken: 3\r\nLastCall: 1795842700\r\nLastPause: 0\r\nLoginTime: 1795842604\r\nInCall: "
                + inCall + "\r\nStatus: " + status + "\r\nPaused: 0\r\nPausedReason: \r\nRinginuse: 0\r\n"
                + "Wrapuptime: 0\r\n";
    }

    private static String queue(int call) {
        return QUEUES.get(call % QUEUES.size());
    }

    private static String agent(int call) {
        return "PJSIP/" + (2001 + call % AGENTS);
    }
}
