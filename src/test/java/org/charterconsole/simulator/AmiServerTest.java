package org.charterconsole.simulator;

import org.charterconsole.pbx.PbxEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AmiServerTest {

    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 30, 10, 0));
    private PbxSimulator simulator;
    private PbxEndpoint endpoint;

    @BeforeEach
    void start() {
        simulator = new PbxSimulator(SimulatorProperties.manual(LocalDateTime.of(2026, 11, 30, 10, 0)), clock).start();
        endpoint = simulator.endpoint();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void greets_like_asterisk_22_and_accepts_a_plain_login_with_fully_booted() throws Exception {
        try (PlainAmiClient client = new PlainAmiClient(endpoint.port())) {
            assertThat(client.banner).isEqualTo("Asterisk Call Manager/11.0.0");
            client.send("Action: Login", "Username: " + endpoint.username(), "Secret: " + endpoint.secret(),
                    "Events: on", "ActionID: login");

            AmiMessage response = client.read();
            assertThat(response.keys()).containsExactly("Response", "ActionID", "Message");
            assertThat(response.getOrEmpty("Message")).isEqualTo("Authentication accepted");
            assertThat(client.read().getOrEmpty("Event")).isEqualTo("FullyBooted");
        }
    }

    @Test
    void accepts_an_md5_challenge_login_and_headers_in_any_case() throws Exception {
        try (PlainAmiClient client = new PlainAmiClient(endpoint.port())) {
            client.send("action: Challenge", "authtype: MD5", "actionid: c1");
            AmiMessage challenge = client.readResponse("c1");
            String key = AmiSession.md5(challenge.getOrEmpty("Challenge") + endpoint.secret());

            client.send("action: login", "username: " + endpoint.username(), "authtype: md5", "key: " + key,
                    "actionid: l1");

            assertThat(client.readResponse("l1").getOrEmpty("Response")).isEqualTo("Success");
            client.send("ACTION: PING", "ACTIONID: p1");
            assertThat(client.readResponse("p1").getOrEmpty("Ping")).isEqualTo("Pong");
        }
    }

    @Test
    void refuses_actions_before_login_and_closes_after_a_wrong_secret() throws Exception {
        try (PlainAmiClient client = new PlainAmiClient(endpoint.port())) {
            client.send("Action: Ping", "ActionID: early");
            assertThat(client.readResponse("early").getOrEmpty("Message")).isEqualTo("Permission denied");

            client.send("Action: Login", "Username: console", "Secret: wrong", "ActionID: bad");
            assertThat(client.readResponse("bad").getOrEmpty("Message")).isEqualTo("Authentication failed");
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void answers_an_unknown_action_with_asterisks_error_and_logoff_with_goodbye() throws Exception {
        try (PlainAmiClient client = loggedIn()) {
            client.send("Action: NoSuchAction", "ActionID: unknown-1");
            AmiMessage error = client.readResponse("unknown-1");
            assertThat(error.getOrEmpty("Response")).isEqualTo("Error");
            assertThat(error.getOrEmpty("Message")).isEqualTo(
                    "Invalid/unknown command: NoSuchAction. Use Action: ListCommands to show available commands.");

            client.send("Action: Logoff", "ActionID: bye");
            AmiMessage goodbye = client.readResponse("bye");
            assertThat(goodbye.getOrEmpty("Response")).isEqualTo("Goodbye");
            assertThat(goodbye.getOrEmpty("Message")).isEqualTo("Thanks for all the fish.");
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void lists_queue_status_with_params_members_and_entries_in_position_order() throws Exception {
        simulator.addMember("general-enquiries", "PJSIP/2001", "Aisha Khan");
        String first = simulator.joinCaller("general-enquiries", "07700900001", 0);
        String urgent = simulator.joinCaller("general-enquiries", "07700900002", 10);
        try (PlainAmiClient client = loggedIn()) {
            client.send("Action: QueueStatus", "Queue: general-enquiries", "ActionID: qs");

            List<AmiMessage> list = client.readUntil(m -> m.isEvent("QueueStatusComplete"));
            List<AmiMessage> answer = list.subList(list.indexOf(list.stream()
                    .filter(m -> "qs".equals(m.getOrEmpty("ActionID")) && m.get("Response").isPresent())
                    .findFirst().orElseThrow()), list.size());

            assertThat(answer.get(0).getOrEmpty("EventList")).isEqualTo("start");
            assertThat(answer.get(0).getOrEmpty("Message")).isEqualTo("Queue status will follow");
            assertThat(answer).extracting(m -> m.getOrEmpty("Event")).containsExactly(
                    "", "QueueParams", "QueueMember", "QueueEntry", "QueueEntry", "QueueStatusComplete");
            assertThat(answer.get(3).getOrEmpty("Uniqueid")).isEqualTo(urgent);
            assertThat(answer.get(3).getOrEmpty("Priority")).isEqualTo("10");
            assertThat(answer.get(4).getOrEmpty("Uniqueid")).isEqualTo(first);
            assertThat(answer.get(4).getOrEmpty("Position")).isEqualTo("2");
            assertThat(answer.get(3).keys()).last().isEqualTo("ActionID");
            assertThat(answer.get(3).keys()).doesNotContain("Privilege");
            AmiMessage complete = answer.get(5);
            assertThat(complete.getOrEmpty("EventList")).isEqualTo("Complete");
            assertThat(complete.getOrEmpty("ListItems")).isEqualTo("4");
        }
    }

    @Test
    void summarises_each_queue_with_its_longest_wait() throws Exception {
        simulator.addMember("waste", "PJSIP/2019", "Tom Edwards");
        simulator.joinCaller("waste", "07700900031", 0);
        clock.advance(java.time.Duration.ofSeconds(42));
        try (PlainAmiClient client = loggedIn()) {
            client.send("Action: QueueSummary", "Queue: waste", "ActionID: sum");

            List<AmiMessage> list = client.readUntil(m -> m.isEvent("QueueSummaryComplete"));
            AmiMessage summary = list.stream().filter(m -> m.isEvent("QueueSummary")).findFirst().orElseThrow();
            assertThat(summary.getOrEmpty("Queue")).isEqualTo("waste");
            assertThat(summary.getOrEmpty("LoggedIn")).isEqualTo("1");
            assertThat(summary.getOrEmpty("Available")).isEqualTo("1");
            assertThat(summary.getOrEmpty("Callers")).isEqualTo("1");
            assertThat(summary.getOrEmpty("LongestHoldTime")).isEqualTo("42");
            assertThat(list.get(list.size() - 1).getOrEmpty("ListItems")).isEqualTo("1");
        }
    }

    @Test
    void keeps_the_astdb_the_console_writes() throws Exception {
        try (PlainAmiClient client = loggedIn()) {
            client.send("Action: DBPut", "Family: console", "Key: open", "Val: 1", "ActionID: put");
            assertThat(client.readResponse("put").getOrEmpty("Message")).isEqualTo("Updated database successfully");
            client.send("Action: DBGet", "Family: console", "Key: open", "ActionID: get");
            List<AmiMessage> get = client.readUntil(m -> m.isEvent("DBGetComplete"));
            assertThat(get).anySatisfy(m -> {
                assertThat(m.isEvent("DBGetResponse")).isTrue();
                assertThat(m.getOrEmpty("Val")).isEqualTo("1");
            });
            assertThat(simulator.database()).containsEntry("console/open", "1");
            client.send("Action: DBGet", "Family: console", "Key: nothing", "ActionID: missing");
            assertThat(client.readResponse("missing").getOrEmpty("Message")).isEqualTo("Database entry not found");
        }
    }

    @Test
    void sends_no_events_to_a_session_that_turned_them_off() throws Exception {
        try (PlainAmiClient client = loggedIn()) {
            client.send("Action: Events", "EventMask: off", "ActionID: off");
            assertThat(client.readResponse("off").getOrEmpty("Events")).isEqualTo("Off");
            simulator.joinCaller("general-enquiries", "07700900009", 0);
            client.send("Action: Ping", "ActionID: after");

            AmiMessage next = client.read();
            assertThat(next.getOrEmpty("ActionID")).isEqualTo("after");
        }
    }

    private PlainAmiClient loggedIn() throws Exception {
        PlainAmiClient client = new PlainAmiClient(endpoint.port());
        client.send("Action: Login", "Username: " + endpoint.username(), "Secret: " + endpoint.secret(),
                "ActionID: login");
        client.readResponse("login");
        client.readUntil(m -> m.isEvent("FullyBooted"));
        return client;
    }
}
