package org.charterconsole.agent;

import org.charterconsole.audit.AuditService;
import org.charterconsole.pbx.AgentActivity;
import org.charterconsole.queue.FakeLiveQueues;
import org.charterconsole.queue.LiveAgent;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.security.ConsoleUser;
import org.charterconsole.security.CurrentUser;
import org.charterconsole.security.UserAccounts;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The agent-state service over fakes, for view tests without Spring: live queues the test publishes,
 * PBX commands that record, and a mocked user store and audit trail. The signed-in user comes from
 * Spring Security's context, as in the console.
 */
public final class AgentTestKit {

    public static final List<String> QUEUES = List.of("council-tax", "housing", "elas");

    public final FakeLiveQueues liveQueues;
    public final RecordingPbxCommands pbx = new RecordingPbxCommands();
    public final UserAccounts users = mock(UserAccounts.class);
    public final AuditService audit = mock(AuditService.class);
    public final AgentRoster roster;
    public final AgentStates states;

    public AgentTestKit(FakeLiveQueues liveQueues) {
        this.liveQueues = liveQueues;
        this.roster = new AgentRoster(liveQueues);
        this.states = new AgentStates(pbx, liveQueues, roster, users, audit, new CurrentUser());
        when(users.find(org.mockito.ArgumentMatchers.anyString())).thenReturn(Optional.empty());
        when(users.all()).thenReturn(List.of());
    }

    /** Users with a phone, as the users table holds them (for a team leader's list). */
    public void usersWithPhones(ConsoleUser... withPhones) {
        when(users.all()).thenReturn(List.of(withPhones));
    }

    /** Publishes a snapshot: the three test queues and these agents, with the link up. */
    public void publish(LiveAgent... agents) {
        List<LiveQueue> queues = QUEUES.stream().map(AgentTestKit::queue).toList();
        liveQueues.publish(new LiveSnapshot(liveQueues.snapshot().at(), liveQueues.nextVersion(), true, queues,
                List.of(agents)));
    }

    /** Publishes a snapshot whose time is {@code at} (for time in state). */
    public void publishAt(java.time.Instant at, LiveAgent... agents) {
        List<LiveQueue> queues = QUEUES.stream().map(AgentTestKit::queue).toList();
        liveQueues.publish(new LiveSnapshot(at, liveQueues.nextVersion(), true, queues, List.of(agents)));
    }

    public static LiveAgent available(String agentInterface, String name, String... queues) {
        return agent(agentInterface, name, AgentActivity.AVAILABLE, null, queues);
    }

    public static LiveAgent paused(String agentInterface, String name, String reason, String... queues) {
        return agent(agentInterface, name, AgentActivity.PAUSED, reason, queues);
    }

    public static LiveAgent onCall(String agentInterface, String name, String... queues) {
        Map<String, AgentActivity> activities = new LinkedHashMap<>();
        Arrays.stream(queues).forEach(queue -> activities.put(queue, AgentActivity.BUSY));
        return new LiveAgent(agentInterface, name, AgentActivity.BUSY, Optional.empty(), activities,
                Optional.of("1796040000.7"));
    }

    private static LiveAgent agent(String agentInterface, String name, AgentActivity activity, String reason,
                                   String... queues) {
        Map<String, AgentActivity> activities = new LinkedHashMap<>();
        Arrays.stream(queues).forEach(queue -> activities.put(queue, activity));
        return new LiveAgent(agentInterface, name, activity, Optional.ofNullable(reason), activities, Optional.empty());
    }

    private static LiveQueue queue(String name) {
        String service = switch (name) {
            case "council-tax" -> "Council Tax";
            case "housing" -> "Housing";
            case "elas" -> "Emergency Limited Assisted Scheme";
            default -> name;
        };
        PriorityClass priorityClass = name.equals("elas") ? PriorityClass.PRIORITY : PriorityClass.STANDARD;
        return new LiveQueue(name, service, priorityClass, priorityClass == PriorityClass.PRIORITY ? 120 : 300,
                priorityClass == PriorityClass.PRIORITY ? 90 : 80, List.of(), LiveQueue.AgentCounts.NONE);
    }
}
