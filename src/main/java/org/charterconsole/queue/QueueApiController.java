package org.charterconsole.queue;

import org.charterconsole.base.privacy.CallerNumbers;
import org.charterconsole.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** {@code GET /api/queues}: every live queue with its callers (numbers masked), agents and today's figures. */
@RestController
public class QueueApiController {

    private final LiveQueues live;
    private final CharterFigures figures;
    private final Clock clock;

    QueueApiController(LiveQueues live, CharterFigures figures, Clock clock) {
        this.live = live;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/api/queues")
    @PreAuthorize("hasAnyRole('" + Roles.HANDLER + "', '" + Roles.TEAM_LEADER + "', '" + Roles.WALLBOARD
            + "', '" + Roles.ADMIN + "')")
    public List<QueueJson> queues() {
        Map<String, QueueFigures> today = figures.today();
        return live.snapshot().queues().stream()
                .map(queue -> toJson(queue, today.getOrDefault(queue.name(),
                        ServiceLevelCalculator.figures(CallTally.none(queue.name()), queue.waiting().size()))))
                .toList();
    }

    private QueueJson toJson(LiveQueue queue, QueueFigures today) {
        List<WaitingJson> waiting = queue.waiting().stream()
                .map(c -> new WaitingJson(c.uniqueId(), c.position(), c.waitSeconds(clock), c.priority(),
                        CallerNumbers.mask(c.callerNumber())))
                .toList();
        long longest = waiting.stream().mapToLong(WaitingJson::waitSeconds).max().orElse(0);
        return new QueueJson(queue.name(), queue.service(), queue.priorityClass(), waiting, longest,
                queue.estimatedWaitSeconds().orElse(null), queue.agents(),
                new TodayJson(today.offered(), today.answered(), today.abandoned(), today.answeredWithinTarget(),
                        today.answerRatePct(), today.serviceLevelPct()));
    }

    /** {@code estimatedWaitSeconds}: for a caller joining now; null until the first estimate is made. */
    public record QueueJson(String name, String service, PriorityClass priorityClass, List<WaitingJson> waiting,
                            long longestWaitSeconds, Long estimatedWaitSeconds, LiveQueue.AgentCounts agents,
                            TodayJson today) {}

    public record WaitingJson(String uniqueId, int position, long waitSeconds, int priority, String caller) {}

    public record TodayJson(long offered, long answered, long abandoned, long answeredWithinTarget,
                            double answerRatePct, double serviceLevelPct) {}
}
