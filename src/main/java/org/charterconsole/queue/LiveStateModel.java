package org.charterconsole.queue;

import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.QueueMember;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The mutable live state. Owned by exactly one thread (the live state's writer); everyone else
 * sees the {@link LiveSnapshot}s it takes.
 */
final class LiveStateModel {

    private final ServiceTargets targets;
    private final Map<String, QueueCallers> queues = new TreeMap<>();
    private final AgentBoard agents = new AgentBoard();
    private final CallLedger calls;
    private final HistoryTracker history = new HistoryTracker();
    /** Callers out of app_queue for the periodic wait message (CallerSteppedOut): still waiting, in their place. */
    private final Map<CallRecord.Key, Place> steppedOut = new HashMap<>();
    private final RecentCallerMoves recentMoves = new RecentCallerMoves();

    /** A caller and the place (1 = head) they hold in their queue. */
    private record Place(QueueCallers.Entry entry, int position) {}
    private long joinSequence;
    private boolean pbxConnected;

    LiveStateModel(ServiceTargets targets) {
        this.targets = targets;
        this.calls = new CallLedger(targets);
    }

    void apply(PbxEvent event) {
        history.apply(withWholeWait(event));
        noteMove(event);
        if (event instanceof PbxEvent.CallerJoined e) {
            callerJoined(e);
        } else if (event instanceof PbxEvent.CallerSteppedOut e) {
            callerSteppedOut(e);
        } else if (event instanceof PbxEvent.CallerRejoined e) {
            callerRejoined(e);
        } else if (event instanceof PbxEvent.CallerLeft e) {
            leave(e.queue(), e.uniqueId());
            calls.left(e.queue(), e.uniqueId(), e.at());
        } else if (event instanceof PbxEvent.CallerAbandoned e) {
            leave(e.queue(), e.uniqueId());
            calls.abandoned(e.queue(), e.uniqueId(), e.holdSeconds(), e.at());
        } else if (event instanceof PbxEvent.AgentCalled e) {
            agents.ringing(e.agentInterface(), e.memberName());
            calls.agentCalled(e.queue(), e.uniqueId(), e.agentInterface(), e.at());
        } else if (event instanceof PbxEvent.AgentConnected e) {
            leave(e.queue(), e.uniqueId());
            agents.connected(e.agentInterface(), e.memberName(), e.uniqueId(), e.queue(), e.at());
            calls.connected(e.queue(), e.uniqueId(), e.agentInterface(), e.holdSeconds(), e.at());
        } else if (event instanceof PbxEvent.AgentCompleted e) {
            agents.completed(e.agentInterface(), e.at());
            calls.completed(e.queue(), e.uniqueId(), e.agentInterface(), e.holdSeconds(), e.talkSeconds(), e.at());
        } else if (event instanceof PbxEvent.AgentRingNoAnswer e) {
            agents.ringEnded(e.agentInterface());
        } else if (event instanceof PbxEvent.MemberUpdated e) {
            queue(e.member().queue());
            agents.memberUpdated(e.member(), e.at());
        } else if (event instanceof PbxEvent.MemberRemoved e) {
            agents.memberRemoved(e.queue(), e.agentInterface());
        } else if (event instanceof PbxEvent.CallbackRequested e) {
            calls.callbackRequested(e.queue(), e.uniqueId(), e.callerNumber(), e.at());
        } else if (event instanceof PbxEvent.QueueStatusSnapshot e) {
            replaceWith(e);
        } else if (event instanceof PbxEvent.LinkUp) {
            pbxConnected = true;
        } else if (event instanceof PbxEvent.LinkDown) {
            pbxConnected = false;
        }
        // PbxShutdown (LinkDown follows) and OutOfHoursEmergency (the out-of-hours feature's) change nothing here.
    }

    private void callerJoined(PbxEvent.CallerJoined e) {
        QueueCallers queue = queue(e.queue());
        if (queue.contains(e.uniqueId())
                || !calls.joined(e.queue(), e.uniqueId(), e.callerNumber(), e.at())) {
            return;
        }
        Instant joinedAt = calls.openSince(e.queue(), e.uniqueId()).orElse(e.at());
        queue.add(new QueueCallers.Entry(e.uniqueId(), e.channel(), e.callerNumber(), e.callerName(),
                queue.priorityForJoinAt(e.position()), joinedAt, ++joinSequence));
    }

    /**
     * app_queue's hold time counts from the caller's last entry into the queue; the history needs the
     * whole wait of a caller who stepped out for the wait message and came back.
     */
    private PbxEvent withWholeWait(PbxEvent event) {
        if (event instanceof PbxEvent.CallerAbandoned e) {
            return calls.firstJoinIfReentered(e.queue(), e.uniqueId())
                    .<PbxEvent>map(joined -> new PbxEvent.CallerAbandoned(e.at(), e.queue(), e.uniqueId(), e.position(),
                            e.originalPosition(), Math.max(e.holdSeconds(), secondsBetween(joined, e.at()))))
                    .orElse(event);
        }
        if (event instanceof PbxEvent.AgentConnected e) {
            return calls.firstJoinIfReentered(e.queue(), e.uniqueId())
                    .<PbxEvent>map(joined -> new PbxEvent.AgentConnected(e.at(), e.queue(), e.uniqueId(),
                            e.agentInterface(), e.memberName(), Math.max(e.holdSeconds(), secondsBetween(joined, e.at())),
                            e.ringSeconds()))
                    .orElse(event);
        }
        return event;
    }

    private static long secondsBetween(Instant from, Instant to) {
        return Math.max(0, java.time.Duration.between(from, to).toSeconds());
    }

    private void callerSteppedOut(PbxEvent.CallerSteppedOut e) {
        CallRecord.Key key = new CallRecord.Key(e.uniqueId(), e.queue());
        QueueCallers queue = queue(e.queue());
        Instant joinedAt = calls.steppedOut(e.queue(), e.uniqueId(), e.at().minusSeconds(e.holdSeconds()));
        QueueCallers.Entry entry = queue.entry(e.uniqueId()).orElseGet(() -> {
            QueueCallers.Entry unseen = new QueueCallers.Entry(e.uniqueId(), "", "", "", 0, joinedAt, ++joinSequence);
            queue.add(unseen);
            return unseen;
        });
        steppedOut.put(key, new Place(entry, e.position()));
    }

    /** Back in their place: the wait, the call record and the join order go on as before. */
    private void callerRejoined(PbxEvent.CallerRejoined e) {
        steppedOut.remove(new CallRecord.Key(e.uniqueId(), e.queue()));
        QueueCallers queue = queue(e.queue());
        Optional<QueueCallers.Entry> waiting = queue.entry(e.uniqueId());
        if (waiting.isPresent()) {
            // where app_queue put them back, which may be behind where they were if callers ahead left meanwhile
            queue.placeAt(waiting.get(), e.position(), () -> ++joinSequence);
            return;
        }
        Instant joinedAt = calls.openSince(e.queue(), e.uniqueId()).orElse(e.at());
        calls.joined(e.queue(), e.uniqueId(), e.callerNumber(), joinedAt);
        queue.add(new QueueCallers.Entry(e.uniqueId(), e.channel(), e.callerNumber(), e.callerName(),
                queue.priorityForJoinAt(e.position()), joinedAt, ++joinSequence));
    }

    private void leave(String queue, String uniqueId) {
        queue(queue).remove(uniqueId);
        steppedOut.remove(new CallRecord.Key(uniqueId, queue));
    }

    private void noteMove(PbxEvent event) {
        if (event instanceof PbxEvent.CallerJoined e) {
            recentMoves.joined(new CallRecord.Key(e.uniqueId(), e.queue()), e.at());
        } else if (event instanceof PbxEvent.CallerRejoined e) {
            recentMoves.joined(new CallRecord.Key(e.uniqueId(), e.queue()), e.at());
        } else if (event instanceof PbxEvent.CallerLeft e) {
            recentMoves.left(new CallRecord.Key(e.uniqueId(), e.queue()), e.at());
        } else if (event instanceof PbxEvent.CallerAbandoned e) {
            recentMoves.left(new CallRecord.Key(e.uniqueId(), e.queue()), e.at());
        } else if (event instanceof PbxEvent.AgentConnected e) {
            recentMoves.left(new CallRecord.Key(e.uniqueId(), e.queue()), e.at());
        }
    }

    /** Callers waiting now who joined after {@code askedAt}, so may be missing from an answer asked for then. */
    private Map<CallRecord.Key, Place> joinedSince(Instant askedAt) {
        Map<CallRecord.Key, Place> joinedMeanwhile = new HashMap<>();
        queues.forEach((name, callers) -> {
            List<String> inOrder = callers.uniqueIds();
            for (int i = 0; i < inOrder.size(); i++) {
                CallRecord.Key key = new CallRecord.Key(inOrder.get(i), name);
                if (recentMoves.joinedSince(key, askedAt)) {
                    joinedMeanwhile.put(key, new Place(callers.entry(inOrder.get(i)).orElseThrow(), i + 1));
                }
            }
        });
        return joinedMeanwhile;
    }

    private void replaceWith(PbxEvent.QueueStatusSnapshot snapshot) {
        Map<CallRecord.Key, Place> joinedMeanwhile = joinedSince(snapshot.askedAt());
        queues.clear();
        List<QueueMember> members = new ArrayList<>();
        Set<CallRecord.Key> waitingNow = new HashSet<>();
        for (PbxEvent.QueueStatus status : snapshot.queues()) {
            QueueCallers queue = queue(status.queue());
            members.addAll(status.members());
            status.entries().stream()
                    .sorted(Comparator.comparingInt(PbxEvent.QueueEntry::position))
                    .filter(entry -> !recentMoves.leftSince(new CallRecord.Key(entry.uniqueId(), status.queue()),
                            snapshot.askedAt()))
                    .forEach(entry -> {
                        CallRecord.Key key = new CallRecord.Key(entry.uniqueId(), status.queue());
                        steppedOut.remove(key);
                        // app_queue counts Wait from the caller's last entry; a caller who stepped out waits on from the first
                        Instant joinedAt = calls.firstJoinIfReentered(status.queue(), entry.uniqueId())
                                .orElse(snapshot.at().minusSeconds(entry.waitSeconds()));
                        waitingNow.add(key);
                        calls.joined(status.queue(), entry.uniqueId(), entry.callerNumber(), joinedAt);
                        queue.add(new QueueCallers.Entry(entry.uniqueId(), entry.channel(), entry.callerNumber(),
                                entry.callerName(), entry.priority(), joinedAt, ++joinSequence));
                    });
        }
        // Joined while the answer was being written: still waiting where they were
        joinedMeanwhile.entrySet().stream()
                .filter(joined -> !queue(joined.getKey().queue()).contains(joined.getKey().uniqueId()))
                .sorted(Comparator.comparingInt(joined -> joined.getValue().position()))
                .forEach(joined -> {
                    queue(joined.getKey().queue()).placeAt(joined.getValue().entry(), joined.getValue().position(),
                            () -> ++joinSequence);
                    waitingNow.add(joined.getKey());
                });
        recentMoves.forgetBefore(snapshot.askedAt());
        // Out of app_queue for the wait message, so not in its answer, yet still waiting in their place
        steppedOut.entrySet().stream()
                .sorted(Comparator.comparingInt(place -> place.getValue().position()))
                .forEach(place -> {
                    queue(place.getKey().queue()).placeAt(place.getValue().entry(), place.getValue().position(),
                            () -> ++joinSequence);
                    waitingNow.add(place.getKey());
                });
        agents.replaceAll(members);
        calls.reconcile(waitingNow, snapshot.at());
    }

    private QueueCallers queue(String name) {
        return queues.computeIfAbsent(name, QueueCallers::new);
    }

    List<CallRecord> drainRecordChanges() {
        return calls.drainChanges();
    }

    LiveSnapshot snapshot(Instant at, long version) {
        for (String queue : agents.queues()) {
            queue(queue);
        }
        List<LiveQueue> live = new ArrayList<>(queues.size());
        queues.forEach((name, callers) -> {
            ServiceTarget target = targets.forQueue(name);
            live.add(new LiveQueue(name, target.service(), target.priorityClass(), target.answerWithinSeconds(),
                    target.answeredTargetPercent(), callers.waiting(), agents.countsFor(name)));
        });
        live.sort(Comparator.comparing(LiveQueue::priorityClass).thenComparing(LiveQueue::name));
        return new LiveSnapshot(at, version, pbxConnected, live, agents.agents(), history.history(at));
    }

    /** Keeps, on each waiting caller's record, the first wait estimated for them (from joining to answer). */
    void estimatesGiven(LiveSnapshot estimated) {
        for (LiveQueue queue : estimated.queues()) {
            for (WaitingCaller caller : queue.waiting()) {
                caller.expectedAnswerAt().ifPresent(answerAt -> calls.estimateGiven(queue.name(), caller.uniqueId(),
                        Math.max(0, java.time.Duration.between(caller.joinedAt(), answerAt).toSeconds())));
            }
        }
    }
}
