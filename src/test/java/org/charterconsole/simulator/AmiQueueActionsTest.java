package org.charterconsole.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Queue actions over a real socket, with the answers Asterisk 22 gives (fixtures 05 and 06). */
class AmiQueueActionsTest {

    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 30, 10, 0));
    private final PbxSimulator simulator =
            new PbxSimulator(SimulatorProperties.manual(LocalDateTime.of(2026, 11, 30, 10, 0)), clock).start();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void members_are_added_paused_and_removed_with_asterisks_messages() throws Exception {
        try (PlainAmiClient client = loggedIn()) {
            assertThat(answer(client, "a1", "Action: QueueAdd", "Queue: waste", "Interface: PJSIP/2019",
                    "MemberName: Tom Edwards", "Paused: false")).isEqualTo("Added interface to queue");
            assertThat(answer(client, "a2", "Action: QueueAdd", "Queue: waste", "Interface: PJSIP/2019"))
                    .isEqualTo("Unable to add interface: Already there");
            assertThat(answer(client, "a3", "Action: QueueAdd", "Queue: nosuchqueue", "Interface: PJSIP/2019"))
                    .isEqualTo("Unable to add interface to queue: No such queue");
            assertThat(answer(client, "p1", "Action: QueuePause", "Interface: PJSIP/2019", "Paused: true",
                    "Reason: lunch")).isEqualTo("Interface paused successfully");
            assertThat(answer(client, "p2", "Action: QueuePause", "Interface: PJSIP/2077", "Paused: true"))
                    .isEqualTo("Interface not found");
            assertThat(answer(client, "r1", "Action: QueueRemove", "Queue: waste", "Interface: PJSIP/2019"))
                    .isEqualTo("Removed interface from queue");
            assertThat(answer(client, "r2", "Action: QueueRemove", "Queue: waste", "Interface: PJSIP/2019"))
                    .isEqualTo("Unable to remove interface: Not there");
        }
    }

    @Test
    void an_immediate_priority_change_moves_the_caller_silently() throws Exception {
        String first = simulator.joinCaller("benefits", "07700900041", 0);
        String second = simulator.joinCaller("benefits", "07700900042", 0);
        try (PlainAmiClient client = loggedIn()) {
            String channel = channelOf(client, second);

            assertThat(answer(client, "c1", "Action: QueueChangePriorityCaller", "Queue: benefits",
                    "Caller: " + channel, "Priority: 5")).isEqualTo("Priority change for caller on queue");
            assertThat(simulator.waitingUniqueIds("benefits")).containsExactly(first, second);
            assertThat(answer(client, "c2", "Action: QueueChangePriorityCaller", "Queue: benefits",
                    "Caller: " + channel, "Priority: 7", "Immediate: yes"))
                    .isEqualTo("Priority change for caller on queue");
            assertThat(simulator.waitingUniqueIds("benefits")).containsExactly(second, first);
            assertThat(answer(client, "c3", "Action: QueueChangePriorityCaller", "Queue: benefits",
                    "Caller: PJSIP/nobody-0000ffff", "Priority: 5"))
                    .isEqualTo("Unable to change priority caller on queue: No such caller");
            assertThat(answer(client, "c4", "Action: QueueChangePriorityCaller", "Queue: nosuchqueue",
                    "Caller: " + channel, "Priority: 5"))
                    .isEqualTo("Unable to change priority caller on queue: No such queue");
        }
    }

    @Test
    void a_withdrawn_caller_leaves_through_an_abandon_and_queuestatus_withdraw() throws Exception {
        String caller = simulator.joinCaller("housing", "07700900043", 0);
        try (PlainAmiClient client = loggedIn()) {
            String channel = channelOf(client, caller);

            assertThat(answer(client, "w1", "Action: QueueWithdrawCaller", "Queue: housing", "Caller: " + channel,
                    "WithdrawInfo: callback-requested")).isEqualTo("Withdraw requested successfully");
            clock.advance(java.time.Duration.ofSeconds(1));

            List<AmiMessage> events = client.readUntil(m -> m.isEvent("QueueCallerLeave"));
            assertThat(events).anySatisfy(m -> {
                assertThat(m.isEvent("QueueCallerAbandon")).isTrue();
                assertThat(m.getOrEmpty("Uniqueid")).isEqualTo(caller);
            });
            // as on Asterisk: only QUEUESTATUS tells a withdrawal from a hang-up or a Queue() timeout
            assertThat(client.readUntil(m -> m.isEvent("VarSet"))).last().satisfies(m -> {
                assertThat(m.getOrEmpty("Variable") + "=" + m.getOrEmpty("Value")).isEqualTo("QUEUESTATUS=WITHDRAW");
                assertThat(m.getOrEmpty("Uniqueid")).isEqualTo(caller);
            });
            assertThat(simulator.waitingUniqueIds("housing")).isEmpty();
            assertThat(answer(client, "w2", "Action: QueueWithdrawCaller", "Queue: housing", "Caller: " + channel))
                    .isEqualTo("Unable to request withdraw from queue: No such caller");
        }
    }

    private static String channelOf(PlainAmiClient client, String uniqueId) throws Exception {
        client.send("Action: QueueStatus", "ActionID: find-" + uniqueId);
        return client.readUntil(m -> m.isEvent("QueueStatusComplete")).stream()
                .filter(m -> m.isEvent("QueueEntry") && m.getOrEmpty("Uniqueid").equals(uniqueId))
                .findFirst().orElseThrow().getOrEmpty("Channel");
    }

    private static String answer(PlainAmiClient client, String actionId, String... lines) throws Exception {
        String[] withId = java.util.Arrays.copyOf(lines, lines.length + 1);
        withId[lines.length] = "ActionID: " + actionId;
        client.send(withId);
        return client.readResponse(actionId).getOrEmpty("Message");
    }

    private PlainAmiClient loggedIn() throws Exception {
        PlainAmiClient client = new PlainAmiClient(simulator.endpoint().port());
        client.send("Action: Login", "Username: console", "Secret: " + simulator.endpoint().secret(),
                "Events: off", "ActionID: login");
        client.readResponse("login");
        client.send("Action: Events", "EventMask: on", "ActionID: events");
        client.readResponse("events");
        return client;
    }
}
