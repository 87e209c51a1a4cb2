package org.charterconsole.pbx;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the PBX tells the console, in the console's own words. The telephony adapter
 * translates AMI into these; nothing else in the console sees AMI.
 */
public sealed interface PbxEvent {

    Instant at();

    /** A caller entered a queue. {@code position} is app_queue's position at joining (1 = head). */
    record CallerJoined(Instant at, String queue, String uniqueId, String channel,
                        String callerNumber, String callerName, int position, int count) implements PbxEvent {}

    /** A caller left the queue, answered or not; the others move up without further events. */
    record CallerLeft(Instant at, String queue, String uniqueId, int position, int count) implements PbxEvent {}

    /**
     * A caller hung up (or was withdrawn, or left for good when nobody could answer) while still
     * queued. {@code holdSeconds} counts from when the caller last entered the queue.
     */
    record CallerAbandoned(Instant at, String queue, String uniqueId, int position, int originalPosition,
                           long holdSeconds) implements PbxEvent {}

    /**
     * Queue() timed out ({@code QUEUESTATUS=TIMEOUT}) and the dialplan is telling the caller their
     * wait before putting them back at {@code position} (telephony/extensions.conf). The caller is
     * still waiting: not abandoned, not a new call. {@code holdSeconds} is what app_queue counted
     * since the caller last entered the queue. {@link CallerRejoined} follows, or
     * {@link CallerAbandoned} and {@link CallerLeft} if they hang up instead.
     */
    record CallerSteppedOut(Instant at, String queue, String uniqueId, int position, long holdSeconds)
            implements PbxEvent {}

    /** A caller who {@link CallerSteppedOut stepped out} is back in the queue, at {@code position}; their wait goes on. */
    record CallerRejoined(Instant at, String queue, String uniqueId, String channel, String callerNumber,
                          String callerName, int position, int count) implements PbxEvent {}

    record AgentCalled(Instant at, String queue, String uniqueId, String agentInterface, String memberName)
            implements PbxEvent {}

    record AgentConnected(Instant at, String queue, String uniqueId, String agentInterface, String memberName,
                          long holdSeconds, long ringSeconds) implements PbxEvent {}

    record AgentCompleted(Instant at, String queue, String uniqueId, String agentInterface, String memberName,
                          long holdSeconds, long talkSeconds, String reason) implements PbxEvent {}

    record AgentRingNoAnswer(Instant at, String queue, String uniqueId, String agentInterface, String memberName,
                             long ringMillis) implements PbxEvent {}

    /** A member was added to a queue, or its status, pause or call count changed. */
    record MemberUpdated(Instant at, QueueMember member) implements PbxEvent {}

    record MemberRemoved(Instant at, String queue, String agentInterface) implements PbxEvent {}

    /** The dialplan's UserEvent CallbackRequested: a caller pressed the call-back key while queued. */
    record CallbackRequested(Instant at, String uniqueId, String queue, String callerNumber) implements PbxEvent {}

    /** The dialplan's UserEvent OutOfHoursEmergency: an emergency was routed to the on-call team. */
    record OutOfHoursEmergency(Instant at, String uniqueId, String category, String callerNumber)
            implements PbxEvent {}

    /**
     * The whole queue state as answered by a QueueStatus request. Replaces the live state:
     * AMI events during an outage are lost, so this is the truth after every (re)connect.
     * Live events read between {@code askedAt} (when the request was sent) and {@code at} (when the answer
     * was complete) may or may not be in it: the PBX wrote the answer while they happened.
     */
    record QueueStatusSnapshot(Instant askedAt, Instant at, List<QueueStatus> queues) implements PbxEvent {
        public QueueStatusSnapshot {
            queues = List.copyOf(queues);
        }

        /** An answer with no live events on their way while it was written (asked for at {@code at}). */
        public QueueStatusSnapshot(Instant at, List<QueueStatus> queues) {
            this(at, at, queues);
        }
    }

    record LinkUp(Instant at, String pbxVersion) implements PbxEvent {}

    record LinkDown(Instant at, String reason) implements PbxEvent {}

    /** Asterisk announced it is shutting down or restarting. */
    record PbxShutdown(Instant at, boolean restart) implements PbxEvent {}

    /** One queue in a {@link QueueStatusSnapshot}. */
    record QueueStatus(String queue, int weight, int holdTimeSeconds, int talkTimeSeconds, int completed,
                       int abandoned, List<QueueMember> members, List<QueueEntry> entries) {
        public QueueStatus {
            members = List.copyOf(members);
            entries = List.copyOf(entries);
        }
    }

    /** One waiting caller in a {@link QueueStatus}; {@code priority} is QUEUE_PRIO. */
    record QueueEntry(String queue, String uniqueId, String channel, String callerNumber, String callerName,
                      int position, long waitSeconds, int priority) {}

    static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
