package org.charterconsole.estimate;

import org.charterconsole.pbx.AgentActivity;
import org.charterconsole.queue.CallRecord;
import org.charterconsole.queue.LiveAgent;
import org.charterconsole.queue.LiveHistory;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.QueueHistory;
import org.charterconsole.queue.WaitingCaller;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot turned into what a forward projection needs, times in seconds from the snapshot's
 * moment: each queue's weight, talk times, abandon and arrival rates; its callers in app_queue's
 * order; and each agent's queues and when they can next take a call.
 */
final class FloorPicture {

    /** app_queue's default weight difference when a QueueStatus has not told us the weights yet. */
    private static final int PRIORITY_CLASS_WEIGHT = 10;
    /** A prior of one abandon per this many seconds waited, until the queue has its own figures. */
    private static final double PRIOR_WAITED_SECONDS = 900;
    private static final int TALK_SAMPLES_TO_TRUST = 5;
    /** Until this many calls of a queue have ended, its calls in progress count towards its talk time. */
    private static final int FEW_CALLS = 20;
    private static final double DEFAULT_TALK_SIGMA = 0.5;
    private static final int TURNAROUNDS_TO_TRUST = 5;
    /** An agent whose break is overdue is expected back within this long (or a quarter of a short pause). */
    private static final double OVERDUE_BREAK_SECONDS = 60;
    /** How long an agent's phone rings before answering, until answered calls have shown it. */
    private static final double DEFAULT_RING_SECONDS = 5;
    private static final int RINGS_TO_TRUST = 5;

    enum Kind { FREE, RINGING, TALKING, ON_BREAK }

    /**
     * @param patience callers' chance of giving up, per second, by how long they have waited so far
     */
    record Queue(String name, int weight, double talkMu, double talkSigma, Patience patience,
                 double arrivalsPerSecond) {}

    /** A caller waiting now; {@code joinedAt} is zero or negative. */
    record Caller(CallRecord.Key key, int queue, int priority, double joinedAt) {}

    /**
     * @param queues   indexes of the queues whose callers this agent may be given
     * @param readyAt  for FREE, RINGING and ON_BREAK: seconds until it can take a call
     * @param elapsed  for TALKING: seconds into the call (0 when not known)
     * @param callQueue for TALKING: the queue of that call, or -1 when not known
     */
    record Agent(int[] queues, Kind kind, double readyAt, double elapsed, int callQueue) {}

    final List<Queue> queues = new ArrayList<>();
    final List<List<Caller>> callers = new ArrayList<>();
    final List<Agent> agents = new ArrayList<>();
    final double turnaround;
    final double ring;
    final int callerCount;

    private final Map<String, Integer> index = new HashMap<>();

    FloorPicture(LiveSnapshot snapshot, EstimateProperties properties) {
        Instant at = snapshot.at();
        LiveHistory history = snapshot.history();
        this.turnaround = history.turnaroundSamples() >= TURNAROUNDS_TO_TRUST ? history.turnaroundSeconds()
                : properties.defaultTurnaround().toSeconds();
        this.ring = history.ringSamples() >= RINGS_TO_TRUST ? history.ringSeconds() : DEFAULT_RING_SECONDS;
        double[] pooled = pooledTalk(history, properties);
        Map<String, List<Double>> underway = callsUnderway(snapshot);
        int count = 0;
        for (LiveQueue live : snapshot.queues()) {
            index.put(live.name(), queues.size());
            queues.add(queue(live, history.queue(live.name()), pooled,
                    underway.getOrDefault(live.name(), List.of())));
            List<Caller> waiting = new ArrayList<>();
            for (WaitingCaller caller : live.waiting()) {
                waiting.add(new Caller(caller.key(), queues.size() - 1, caller.priority(),
                        -Math.max(0, seconds(caller.joinedAt(), at))));
            }
            callers.add(waiting);
            count += waiting.size();
        }
        this.callerCount = count;
        for (LiveAgent agent : snapshot.agents()) {
            agent(agent, at, history, properties).ifPresent(agents::add);
        }
    }

    int queueCount() {
        return queues.size();
    }

    private Queue queue(LiveQueue live, QueueHistory seen, double[] pooled, List<Double> underway) {
        int weight = seen.weight() >= 0 ? seen.weight()
                : live.priorityClass() == PriorityClass.PRIORITY ? PRIORITY_CLASS_WEIGHT : 0;
        boolean trusted = seen.talkSamples() >= TALK_SAMPLES_TO_TRUST;
        double mu = trusted ? seen.talkLogMean() : pooled[0];
        double sigma = trusted ? seen.talkLogSd() : pooled[1];
        if (seen.talkSamples() < FEW_CALLS) {
            mu = LogNormal.logMeanWithCallsUnderway(mu, sigma, Math.max(seen.talkSamples(), TALK_SAMPLES_TO_TRUST),
                    underway);
        }
        return new Queue(live.name(), weight, mu, sigma, Patience.of(seen, PRIOR_WAITED_SECONDS),
                seen.arrivalsPerHour() / 3600);
    }

    /** Seconds into each call in progress, by the queue it came from. */
    private static Map<String, List<Double>> callsUnderway(LiveSnapshot snapshot) {
        Map<String, List<Double>> underway = new HashMap<>();
        for (LiveAgent agent : snapshot.agents()) {
            if (agent.talkingInQueue().isPresent() && agent.since().isPresent()) {
                underway.computeIfAbsent(agent.talkingInQueue().get(), q -> new ArrayList<>())
                        .add(seconds(agent.since().get(), snapshot.at()));
            }
        }
        return underway;
    }

    /** Talk times across every queue, for a queue that has not had enough calls of its own. */
    private static double[] pooledTalk(LiveHistory history, EstimateProperties properties) {
        double weight = 0;
        double mu = 0;
        double sigma = 0;
        for (QueueHistory seen : history.queues().values()) {
            if (seen.talkSamples() > 0) {
                weight += seen.talkSamples();
                mu += seen.talkSamples() * seen.talkLogMean();
                sigma += seen.talkSamples() * seen.talkLogSd();
            }
        }
        if (weight < TALK_SAMPLES_TO_TRUST) {
            return new double[] {Math.log(properties.defaultHandle().toSeconds()), DEFAULT_TALK_SIGMA};
        }
        return new double[] {mu / weight, sigma / weight};
    }

    private Optional<Agent> agent(LiveAgent agent, Instant at, LiveHistory history, EstimateProperties properties) {
        List<Integer> serving = new ArrayList<>();
        List<Integer> pausedIn = new ArrayList<>();
        agent.queues().forEach((queue, activity) -> {
            Integer i = index.get(queue);
            if (i == null || activity == AgentActivity.UNAVAILABLE) {
                return;
            }
            (activity == AgentActivity.PAUSED ? pausedIn : serving).add(i);
        });
        double since = agent.since().map(s -> seconds(s, at)).orElse(-1.0);
        if (agent.talkingToUniqueId().isPresent() || agent.activity() == AgentActivity.BUSY) {
            int callQueue = agent.talkingInQueue().map(index::get).orElse(-1);
            return Optional.of(new Agent(ints(serving), Kind.TALKING, 0, Math.max(0, since), callQueue));
        }
        if (serving.isEmpty() && !pausedIn.isEmpty()) {
            double expected = expectedPause(agent.pausedReason().orElse(""), history, properties);
            double overdue = Math.min(OVERDUE_BREAK_SECONDS, expected / 4);
            double back = since < 0 ? expected / 2 : Math.max(expected - since, overdue);
            return Optional.of(new Agent(ints(pausedIn), Kind.ON_BREAK, back + ring, 0, -1));
        }
        if (serving.isEmpty()) {
            return Optional.empty();
        }
        if (agent.activity() == AgentActivity.RINGING) {
            // Mostly rung just now, for the caller who has just joined: answered after a whole ring.
            return Optional.of(new Agent(ints(serving), Kind.RINGING, ring, 0, -1));
        }
        double wrapLeft = since < 0 ? 0 : turnaround - since;
        return Optional.of(new Agent(ints(serving), Kind.FREE, Math.max(Math.min(ring, turnaround), wrapLeft), 0, -1));
    }

    private static double expectedPause(String reason, LiveHistory history, EstimateProperties properties) {
        Double seen = history.pauseSecondsByReason().get(reason);
        if (seen != null) {
            return seen;
        }
        Duration configured = properties.pauses().get(reason);
        return (configured != null ? configured : properties.otherPause()).toSeconds();
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
