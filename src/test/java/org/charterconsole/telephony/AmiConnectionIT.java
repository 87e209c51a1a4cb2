package org.charterconsole.telephony;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.charterconsole.pbx.PbxEndpoint;
import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.PbxProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AmiConnectionIT {

    static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");

    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private final RecordingSink sink = new RecordingSink();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private AmiTestServer server;
    private AmiConnection connection;

    @BeforeEach
    void startServer() throws Exception {
        server = new AmiTestServer();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (connection != null) {
            connection.stop();
        }
        server.close();
    }

    private AmiConnection connect() {
        connection = new AmiConnection(new PbxEndpoint("127.0.0.1", server.port(), "console", "console"),
                properties(), List.of(sink), clock, meters);
        connection.start();
        await().until(() -> connection.status().connected());
        return connection;
    }

    static PbxProperties properties() {
        return new PbxProperties(PbxProperties.Mode.ASTERISK, "127.0.0.1", 5038, "console", "console",
                Duration.ofMillis(400), Duration.ofHours(1), Duration.ofMillis(50), Duration.ofMillis(400),
                Duration.ofSeconds(45));
    }

    @Test
    void logging_in_publishes_link_up_with_the_version_and_then_a_queue_status_snapshot() {
        connect();

        await().until(() -> !sink.events(PbxEvent.QueueStatusSnapshot.class).isEmpty());
        assertThat(sink.events().get(0)).isEqualTo(new PbxEvent.LinkUp(NOW, "22.10.1"));
        PbxEvent.QueueStatusSnapshot snapshot = sink.events(PbxEvent.QueueStatusSnapshot.class).get(0);
        assertThat(snapshot.queues()).extracting(PbxEvent.QueueStatus::queue).containsExactly("general", "priority");
        PbxEvent.QueueStatus priority = snapshot.queues().get(1);
        assertThat(priority.weight()).isEqualTo(10);
        assertThat(priority.members()).extracting(m -> m.agentInterface() + "/" + m.paused() + "/" + m.pausedReason())
                .containsExactly("Local/agent9@agents/false/null", "Local/agent1@agents/true/break");
        assertThat(priority.entries()).extracting(PbxEvent.QueueEntry::uniqueId)
                .containsExactly("1795842748.1", "1795842750.3", "1795842752.5");
        assertThat(priority.entries().get(0).callerNumber()).isEqualTo("07700900001");
        assertThat(connection.status().connected()).isTrue();
        assertThat(meters.get("console_ami_connected").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void queue_status_entries_carry_queue_prio_as_their_priority() {
        AmiFixture prio = AmiFixture.load("03-queue-prio-caller-order.txt");
        String actionId = prio.messages().stream().filter(m -> !m.fromPbx())
                .filter(m -> m.header("Action").orElse("").equals("QueueStatus"))
                .map(m -> m.header("ActionID").orElseThrow()).findFirst().orElseThrow();
        server.answerQueueStatusWith(prio.answerTo(actionId));
        connect();

        await().until(() -> !sink.events(PbxEvent.QueueStatusSnapshot.class).isEmpty());
        var entries = sink.events(PbxEvent.QueueStatusSnapshot.class).get(0).queues().stream()
                .flatMap(q -> q.entries().stream()).toList();
        assertThat(entries).extracting(e -> e.position() + ":" + e.priority()).contains("1:10");
        assertThat(entries).extracting(PbxEvent.QueueEntry::priority).contains(0);
    }

    @Test
    void a_refused_first_login_is_retried_with_back_off_until_it_succeeds() {
        server.refuseNextLogins(2);

        connect();

        assertThat(server.actions("Login")).hasSize(3);
        assertThat(server.logins()).isEqualTo(1);
        assertThat(sink.events(PbxEvent.LinkDown.class)).isEmpty();
    }

    @Test
    void a_dropped_link_is_reported_then_rebuilt_with_a_fresh_snapshot() {
        connect();
        await().until(() -> sink.events(PbxEvent.QueueStatusSnapshot.class).size() == 1);

        server.dropClients();

        await().until(() -> sink.events(PbxEvent.LinkUp.class).size() == 2
                && sink.events(PbxEvent.QueueStatusSnapshot.class).size() == 2);
        List<Class<?>> order = sink.events().stream().<Class<?>>map(Object::getClass)
                .filter(c -> c != PbxEvent.MemberUpdated.class).toList();
        assertThat(order).containsExactly(PbxEvent.LinkUp.class, PbxEvent.QueueStatusSnapshot.class,
                PbxEvent.LinkDown.class, PbxEvent.LinkUp.class, PbxEvent.QueueStatusSnapshot.class);
        assertThat(server.logins()).isEqualTo(2);
    }

    @Test
    void a_frozen_pbx_is_noticed_by_the_missing_pong_and_the_link_is_rebuilt() {
        connect();
        await().until(() -> sink.events(PbxEvent.QueueStatusSnapshot.class).size() == 1);

        server.freezeClients();

        await().until(() -> sink.events(PbxEvent.LinkUp.class).size() == 2);
        assertThat(sink.events(PbxEvent.LinkDown.class)).singleElement()
                .satisfies(down -> assertThat(down.reason()).contains("ping"));
        assertThat(server.logins()).isEqualTo(2);
    }

    @Test
    void sinks_are_called_on_the_dispatcher_thread_never_on_the_ami_reader() {
        connect();
        AmiFixture.load("03-queue-prio-caller-order.txt").unsolicitedEvents().forEach(server::push);

        await().until(() -> sink.events(PbxEvent.AgentCompleted.class).size() == 3);
        assertThat(sink.threads()).containsExactly("pbx-event-dispatcher");
    }

    @Test
    void stopping_logs_off_and_reports_the_link_down() {
        connect();

        connection.stop();

        assertThat(server.actions("Logoff")).isNotEmpty();
        assertThat(connection.status().connected()).isFalse();
        await().until(() -> sink.events(PbxEvent.LinkDown.class).size() == 1);
    }
}
