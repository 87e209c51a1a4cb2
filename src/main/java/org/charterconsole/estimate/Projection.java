package org.charterconsole.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * One run of the floor forward from the snapshot, as app_queue would serve it: each agent, when free,
 * takes the head caller of its heaviest queue with anyone in it, between queues of equal weight the
 * longest waiting, within a queue the higher QUEUE_PRIO first;
 * talk times are drawn from each queue's recent calls (what is left of calls in progress given how long
 * they have lasted), callers give up at the queue's recent abandon rate and new callers arrive at its
 * recent rate. Every waiting caller, and one caller joining each queue now, is a target: the run tells
 * when an agent would reach them. A target who gives up, or who only joins in thought, is "reached"
 * without taking the agent, so each target's time is that of the world in which they stay.
 */
final class Projection {

    private static final class Entry {
        final int target;
        final int queue;
        final int priority;
        final double joinedAt;
        final double leavesAt;

        Entry(int target, int queue, int priority, double joinedAt, double leavesAt) {
            this.target = target;
            this.queue = queue;
            this.priority = priority;
            this.joinedAt = joinedAt;
            this.leavesAt = leavesAt;
        }
    }

    private record Ready(double at, int agent) {}

    private final FloorPicture floor;
    private final double horizon;

    Projection(FloorPicture floor, double horizon) {
        this.floor = floor;
        this.horizon = horizon;
    }

    /** Targets: callers in queue order, queue after queue, then one joiner per queue. */
    int targetCount() {
        return floor.callerCount + floor.queueCount();
    }

    /** Seconds from now until each target is reached; the horizon where none reaches them before it. */
    double[] run(SplittableRandom random) {
        int queueCount = floor.queueCount();
        double[] reached = new double[targetCount()];
        Arrays.fill(reached, Double.NaN);
        int open = reached.length;
        List<List<Entry>> lines = new ArrayList<>(queueCount);
        int[] heads = new int[queueCount];
        double[] nextArrival = new double[queueCount];
        int target = 0;
        for (int q = 0; q < queueCount; q++) {
            FloorPicture.Queue queue = floor.queues.get(q);
            List<FloorPicture.Caller> waiting = floor.callers.get(q);
            List<Entry> line = new ArrayList<>(waiting.size() + 16);
            boolean joinerPlaced = false;
            for (FloorPicture.Caller caller : waiting) {
                if (!joinerPlaced && caller.priority() < 0) {
                    line.add(joiner(q));
                    joinerPlaced = true;
                }
                line.add(new Entry(target++, q, caller.priority(), caller.joinedAt(),
                        queue.patience().secondsUntilGivingUp(-caller.joinedAt(), random)));
            }
            if (!joinerPlaced) {
                line.add(joiner(q));
            }
            lines.add(line);
            nextArrival[q] = exponential(random, queue.arrivalsPerSecond());
        }
        PriorityQueue<Ready> ready = new PriorityQueue<>((a, b) -> Double.compare(a.at(), b.at()));
        for (int a = 0; a < floor.agents.size(); a++) {
            ready.add(new Ready(firstReady(floor.agents.get(a), random), a));
        }
        while (open > 0 && !ready.isEmpty()) {
            Ready next = ready.poll();
            double now = next.at();
            if (now > horizon) {
                break;
            }
            admitArrivals(now, lines, nextArrival, random);
            FloorPicture.Agent agent = floor.agents.get(next.agent());
            while (true) {
                Entry chosen = choose(agent.queues(), lines, heads, now);
                if (chosen == null) {
                    double wake = Double.POSITIVE_INFINITY;
                    for (int q : agent.queues()) {
                        wake = Math.min(wake, nextArrival[q]);
                    }
                    if (wake <= horizon) {
                        ready.add(new Ready(wake, next.agent()));
                    }
                    break;
                }
                heads[chosen.queue]++;
                if (chosen.target >= 0 && Double.isNaN(reached[chosen.target])) {
                    reached[chosen.target] = now;
                    open--;
                }
                if (chosen.leavesAt > now) {
                    FloorPicture.Queue queue = floor.queues.get(chosen.queue);
                    double talk = LogNormal.sample(queue.talkMu(), queue.talkSigma(), random);
                    ready.add(new Ready(now + talk + floor.turnaround, next.agent()));
                    break;
                }
            }
        }
        for (int i = 0; i < reached.length; i++) {
            if (Double.isNaN(reached[i])) {
                reached[i] = horizon;
            }
        }
        return reached;
    }

    /** The caller joining now never takes an agent: it only marks when one would reach them. */
    private Entry joiner(int queue) {
        return new Entry(floor.callerCount + queue, queue, 0, 0, Double.NEGATIVE_INFINITY);
    }

    private double firstReady(FloorPicture.Agent agent, SplittableRandom random) {
        if (agent.kind() != FloorPicture.Kind.TALKING) {
            return agent.readyAt();
        }
        double mu;
        double sigma;
        if (agent.callQueue() >= 0) {
            mu = floor.queues.get(agent.callQueue()).talkMu();
            sigma = floor.queues.get(agent.callQueue()).talkSigma();
        } else {
            mu = averageMu(agent.queues());
            sigma = averageSigma(agent.queues());
        }
        return LogNormal.sampleRemaining(mu, sigma, agent.elapsed(), random) + floor.turnaround;
    }

    /**
     * app_queue's choice for a free agent: a queue offers nobody while a heavier queue of the agent has
     * anyone in it; among the rest, each queue's head (its own QUEUE_PRIO order), the longest waiting
     * first. A target who is there only in thought is reached when the agent would choose them were they
     * there; the agent then chooses again among those really waiting.
     */
    private Entry choose(int[] queues, List<List<Entry>> lines, int[] heads, double now) {
        int heaviestInThought = Integer.MIN_VALUE;
        int heaviest = Integer.MIN_VALUE;
        for (int q : queues) {
            int weight = floor.queues.get(q).weight();
            if (heads[q] < lines.get(q).size()) {
                heaviestInThought = Math.max(heaviestInThought, weight);
            }
            if (anyoneIn(lines.get(q), heads[q], now)) {
                heaviest = Math.max(heaviest, weight);
            }
        }
        Entry inThought = longestWaitingHead(queues, lines, heads, heaviestInThought);
        if (inThought != null && inThought.leavesAt <= now) {
            return inThought;
        }
        return longestWaitingHead(queues, lines, heads, heaviest);
    }

    private Entry longestWaitingHead(int[] queues, List<List<Entry>> lines, int[] heads, int minimumWeight) {
        Entry best = null;
        for (int q : queues) {
            List<Entry> line = lines.get(q);
            if (heads[q] >= line.size() || floor.queues.get(q).weight() < minimumWeight) {
                continue;
            }
            Entry head = line.get(heads[q]);
            if (best == null || head.joinedAt < best.joinedAt) {
                best = head;
            }
        }
        return best;
    }

    /** Someone really waiting: not a caller who has given up, nor the one joining only in thought. */
    private static boolean anyoneIn(List<Entry> line, int head, double now) {
        for (int i = head; i < line.size(); i++) {
            if (line.get(i).leavesAt > now) {
                return true;
            }
        }
        return false;
    }

    private void admitArrivals(double now, List<List<Entry>> lines, double[] nextArrival, SplittableRandom random) {
        for (int q = 0; q < nextArrival.length; q++) {
            FloorPicture.Queue queue = floor.queues.get(q);
            while (nextArrival[q] <= now) {
                double at = nextArrival[q];
                lines.get(q).add(new Entry(-1, q, 0, at, at + queue.patience().secondsUntilGivingUp(0, random)));
                nextArrival[q] = at + exponential(random, queue.arrivalsPerSecond());
            }
        }
    }

    private static double exponential(SplittableRandom random, double ratePerSecond) {
        if (ratePerSecond <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return -Math.log(1 - random.nextDouble()) / ratePerSecond;
    }

    private double averageMu(int[] queues) {
        return queues.length == 0 ? Math.log(240)
                : Arrays.stream(queues).mapToDouble(q -> floor.queues.get(q).talkMu()).average().orElseThrow();
    }

    private double averageSigma(int[] queues) {
        return queues.length == 0 ? 0.5
                : Arrays.stream(queues).mapToDouble(q -> floor.queues.get(q).talkSigma()).average().orElseThrow();
    }
}
