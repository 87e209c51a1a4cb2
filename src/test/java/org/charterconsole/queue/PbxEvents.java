package org.charterconsole.queue;

import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.QueueMember;

import java.time.Instant;
import java.util.List;

/** Builds PBX event sequences for tests, at times counted in seconds from a fixed start. */
final class PbxEvents {

    static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    private PbxEvents() {
    }

    static Instant at(long second) {
        return START.plusSeconds(second);
    }

    static PbxEvent.CallerJoined joined(long second, String queue, String uniqueId, int position, int count) {
        return new PbxEvent.CallerJoined(at(second), queue, uniqueId, "Local/s@caller-" + uniqueId,
                "077009000" + uniqueId.replaceAll("\\D", ""), "Caller " + uniqueId, position, count);
    }

    static PbxEvent.CallerLeft left(long second, String queue, String uniqueId) {
        return new PbxEvent.CallerLeft(at(second), queue, uniqueId, 1, 0);
    }

    static PbxEvent.CallerAbandoned abandoned(long second, String queue, String uniqueId, long hold) {
        return new PbxEvent.CallerAbandoned(at(second), queue, uniqueId, 1, 1, hold);
    }

    static PbxEvent.CallerSteppedOut steppedOut(long second, String queue, String uniqueId, int position, long hold) {
        return new PbxEvent.CallerSteppedOut(at(second), queue, uniqueId, position, hold);
    }

    static PbxEvent.CallerRejoined rejoined(long second, String queue, String uniqueId, int position, int count) {
        return new PbxEvent.CallerRejoined(at(second), queue, uniqueId, "Local/s@caller-" + uniqueId,
                "077009000" + uniqueId.replaceAll("\\D", ""), "Caller " + uniqueId, position, count);
    }

    static PbxEvent.AgentCalled called(long second, String queue, String uniqueId, String agent) {
        return new PbxEvent.AgentCalled(at(second), queue, uniqueId, agent, agent);
    }

    static PbxEvent.AgentConnected connected(long second, String queue, String uniqueId, String agent, long hold) {
        return new PbxEvent.AgentConnected(at(second), queue, uniqueId, agent, agent, hold, 2);
    }

    static PbxEvent.AgentCompleted completed(long second, String queue, String uniqueId, String agent, long hold,
                                             long talk) {
        return new PbxEvent.AgentCompleted(at(second), queue, uniqueId, agent, agent, hold, talk, "agent");
    }

    static PbxEvent.CallbackRequested callback(long second, String queue, String uniqueId) {
        return new PbxEvent.CallbackRequested(at(second), uniqueId, queue, "07700900123");
    }

    static QueueMember member(String queue, String agent, boolean paused, int deviceStatus) {
        return new QueueMember(queue, agent, agent, true, paused, paused ? "break" : "", deviceStatus, false, 0);
    }

    static PbxEvent.MemberUpdated memberUpdated(long second, QueueMember member) {
        return new PbxEvent.MemberUpdated(at(second), member);
    }

    static PbxEvent.QueueEntry entry(String queue, String uniqueId, int position, long wait, int priority) {
        return new PbxEvent.QueueEntry(queue, uniqueId, "Local/s@caller-" + uniqueId, "07700900999", "Caller",
                position, wait, priority);
    }

    static PbxEvent.QueueStatusSnapshot snapshot(long second, PbxEvent.QueueStatus... queues) {
        return new PbxEvent.QueueStatusSnapshot(at(second), List.of(queues));
    }

    /** An answer asked for at {@code askedSecond} and complete at {@code second}. */
    static PbxEvent.QueueStatusSnapshot answer(long askedSecond, long second, PbxEvent.QueueStatus... queues) {
        return new PbxEvent.QueueStatusSnapshot(at(askedSecond), at(second), List.of(queues));
    }

    static PbxEvent.QueueStatus status(String queue, List<QueueMember> members, PbxEvent.QueueEntry... entries) {
        return new PbxEvent.QueueStatus(queue, 0, 0, 0, 0, 0, members, List.of(entries));
    }
}
