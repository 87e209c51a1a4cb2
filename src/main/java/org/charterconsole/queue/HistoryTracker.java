package org.charterconsole.queue;

import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.QueueMember;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the recent figures of {@link LiveHistory} from the events the live state applies.
 * Owned by the live state's writer thread.
 */
final class HistoryTracker {

    private static final double DECAY_SECONDS = 1800;
    private static final double MIN_TALK_WEIGHT = 0.05;
    /** A longer gap between two calls of one agent is not wrap-up: a break, or nobody to answer. */
    private static final long LONGEST_TURNAROUND_SECONDS = 120;
    /** Turnaround and ring times are means over about this many of the latest calls. */
    private static final int RECENT_SAMPLES = 50;

    private static final class Queue {
        int weight = -1;
        double logMean;
        double logSquare;
        long talkSamples;
        double abandons;
        double waited;
        double arrivals;
        final double[] bandAbandons = new double[QueueHistory.WAIT_BANDS.size()];
        final double[] bandWaited = new double[QueueHistory.WAIT_BANDS.size()];
        Instant decayedTo;
    }

    private record Pause(String reason, Instant since) {}

    private final Map<String, Queue> queues = new TreeMap<>();
    private final Map<String, Instant> lastCallEnded = new HashMap<>();
    private final Map<String, Pause> pauses = new HashMap<>();
    private final Map<String, double[]> pauseMeans = new TreeMap<>();
    private double turnaround;
    private long turnaroundSamples;
    private double ring;
    private long ringSamples;
    private Instant firstSeen;

    void apply(PbxEvent event) {
        if (firstSeen == null) {
            firstSeen = event.at();
        }
        if (event instanceof PbxEvent.CallerJoined e) {
            decayed(e.queue(), e.at()).arrivals += 1;
        } else if (event instanceof PbxEvent.CallerAbandoned e) {
            left(decayed(e.queue(), e.at()), e.holdSeconds(), true);
        } else if (event instanceof PbxEvent.AgentConnected e) {
            left(decayed(e.queue(), e.at()), e.holdSeconds(), false);
            ringSamples++;
            ring += (e.ringSeconds() - ring) / Math.min(ringSamples, RECENT_SAMPLES);
            Instant ended = lastCallEnded.remove(e.agentInterface());
            if (ended != null) {
                long gap = Duration.between(ended, e.at()).toSeconds();
                // Only when this caller was already waiting as the last call ended: otherwise the gap
                // is partly the agent sitting idle with nobody to answer.
                if (gap >= 0 && gap <= LONGEST_TURNAROUND_SECONDS && e.holdSeconds() >= gap) {
                    turnaroundSamples++;
                    turnaround += (gap - turnaround) / Math.min(turnaroundSamples, RECENT_SAMPLES);
                }
            }
        } else if (event instanceof PbxEvent.AgentCompleted e) {
            talked(queue(e.queue()), e.talkSeconds());
            lastCallEnded.put(e.agentInterface(), e.at());
        } else if (event instanceof PbxEvent.MemberUpdated e) {
            memberUpdated(e.member(), e.at());
        } else if (event instanceof PbxEvent.QueueStatusSnapshot e) {
            e.queues().forEach(status -> queue(status.queue()).weight = status.weight());
        }
    }

    /** A caller who waited {@code held} seconds left the queue, answered or having given up. */
    private static void left(Queue queue, long held, boolean gaveUp) {
        queue.waited += held;
        if (gaveUp) {
            queue.abandons += 1;
        }
        List<Integer> bands = QueueHistory.WAIT_BANDS;
        for (int b = 0; b < bands.size(); b++) {
            int from = bands.get(b);
            int until = b + 1 < bands.size() ? bands.get(b + 1) : Integer.MAX_VALUE;
            if (held > from) {
                queue.bandWaited[b] += Math.min(held, until) - from;
            }
            if (gaveUp && held >= from && held < until) {
                queue.bandAbandons[b] += 1;
            }
        }
    }

    /** A pause ends when the agent is back, or when it goes on as a pause of another reason. */
    private void memberUpdated(QueueMember member, Instant at) {
        Pause pause = pauses.get(member.agentInterface());
        String reason = member.pausedReason() == null ? "" : member.pausedReason();
        if (pause != null && (!member.paused() || !pause.reason().equals(reason))) {
            pauses.remove(member.agentInterface());
            double[] mean = pauseMeans.computeIfAbsent(pause.reason(), r -> new double[2]);
            mean[1]++;
            mean[0] += (Duration.between(pause.since(), at).toSeconds() - mean[0]) / Math.min(mean[1], 20);
            pause = null;
        }
        if (member.paused() && pause == null) {
            pauses.put(member.agentInterface(), new Pause(reason, at));
        }
    }

    private static void talked(Queue queue, long talkSeconds) {
        if (talkSeconds <= 0) {
            return;
        }
        double log = Math.log(talkSeconds);
        queue.talkSamples++;
        double weight = Math.max(1.0 / queue.talkSamples, MIN_TALK_WEIGHT);
        queue.logMean += weight * (log - queue.logMean);
        queue.logSquare += weight * (log * log - queue.logSquare);
    }

    private Queue queue(String name) {
        return queues.computeIfAbsent(name, n -> new Queue());
    }

    private Queue decayed(String name, Instant at) {
        Queue queue = queue(name);
        double factor = decayFactor(queue, at);
        queue.abandons *= factor;
        queue.waited *= factor;
        queue.arrivals *= factor;
        for (int b = 0; b < queue.bandWaited.length; b++) {
            queue.bandAbandons[b] *= factor;
            queue.bandWaited[b] *= factor;
        }
        queue.decayedTo = at;
        return queue;
    }

    private static double decayFactor(Queue queue, Instant at) {
        if (queue.decayedTo == null || !at.isAfter(queue.decayedTo)) {
            return 1;
        }
        return Math.exp(-Duration.between(queue.decayedTo, at).toMillis() / 1000.0 / DECAY_SECONDS);
    }

    LiveHistory history(Instant at) {
        Map<String, QueueHistory> result = new HashMap<>();
        double observed = firstSeen == null ? 0 : Math.max(1, Duration.between(firstSeen, at).toSeconds());
        double window = DECAY_SECONDS * (1 - Math.exp(-observed / DECAY_SECONDS));
        queues.forEach((name, queue) -> {
            double factor = decayFactor(queue, at);
            double sd = Math.sqrt(Math.max(queue.logSquare - queue.logMean * queue.logMean, 0.0025));
            double perHour = window > 0 ? queue.arrivals * factor / window * 3600 : 0;
            List<QueueHistory.WaitBand> patience = new ArrayList<>();
            for (int b = 0; b < queue.bandWaited.length; b++) {
                patience.add(new QueueHistory.WaitBand(QueueHistory.WAIT_BANDS.get(b), queue.bandAbandons[b] * factor,
                        queue.bandWaited[b] * factor));
            }
            result.put(name, new QueueHistory(queue.weight, queue.logMean, sd, queue.talkSamples,
                    queue.abandons * factor, queue.waited * factor, perHour, patience));
        });
        Map<String, Double> pauseSeconds = new HashMap<>();
        pauseMeans.forEach((reason, mean) -> pauseSeconds.put(reason, mean[0]));
        return new LiveHistory(result, turnaround, turnaroundSamples, pauseSeconds, ring, ringSamples);
    }
}
