package org.charterconsole.simulator;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AmiBackpressureTest {

    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 30, 10, 0));

    @Test
    void a_client_that_stops_reading_is_dropped_instead_of_holding_up_the_engine() throws Exception {
        AmiServer server = new AmiServer(0, "console", "secret", clock, (action, session) -> { });
        server.start();
        try (PlainAmiClient stalled = new PlainAmiClient(server.port())) {
            stalled.send("Action: Login", "Username: console", "Secret: secret", "ActionID: login");
            stalled.readResponse("login");
            AmiMessage event = AmiMessage.event("QueueMemberStatus").add("Padding", "x".repeat(500));

            for (int i = 0; i < AmiSession.WRITE_QUEUE_CAPACITY * 3; i++) {
                server.broadcast(event);
            }

            await().until(() -> server.sessionCount() == 0);
        } finally {
            server.stop();
        }
    }

    @Test
    void pumped_calls_arrive_as_whole_lifecycles() throws Exception {
        try (PbxSimulator simulator = new PbxSimulator(
                SimulatorProperties.manual(LocalDateTime.of(2026, 11, 30, 10, 0)), clock).start();
             PlainAmiClient client = new PlainAmiClient(simulator.endpoint().port())) {
            client.send("Action: Login", "Username: console", "Secret: " + simulator.endpoint().secret(),
                    "ActionID: login");
            client.readUntil(m -> m.isEvent("FullyBooted"));
            long before = simulator.eventsSent();

            simulator.pumpCalls(2);

            List<String> names = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                names.add(client.read().getOrEmpty("Event"));
            }
            assertThat(names).containsExactly("QueueCallerJoin", "AgentCalled", "QueueCallerLeave", "AgentConnect",
                    "AgentComplete", "QueueCallerJoin", "AgentCalled", "QueueCallerLeave", "AgentConnect",
                    "AgentComplete");
            assertThat(simulator.eventsSent() - before).isEqualTo(10);
        }
    }
}
