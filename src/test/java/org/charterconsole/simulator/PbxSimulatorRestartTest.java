package org.charterconsole.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PbxSimulatorRestartTest {

    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 30, 10, 0));
    private final PbxSimulator simulator =
            new PbxSimulator(SimulatorProperties.manual(LocalDateTime.of(2026, 11, 30, 10, 0)), clock).start();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void a_restart_announces_shutdown_closes_the_link_and_listens_again_on_the_same_port() throws Exception {
        int port = simulator.endpoint().port();
        String waiting = simulator.joinCaller("housing", "07700900061", 0);
        try (PlainAmiClient client = loggedIn(port)) {
            simulator.stopAmi();

            List<AmiMessage> last = client.readUntil(m -> m.isEvent("Shutdown"));
            assertThat(last.get(last.size() - 1).getOrEmpty("Restart")).isEqualTo("True");
            assertThat(client.closedByServer()).isTrue();
        }
        assertThat(simulator.amiListening()).isFalse();
        assertThat(bannerAt(port)).as("nothing answers as Asterisk on the port").doesNotStartWith("Asterisk Call Manager");

        simulator.startAmi();

        assertThat(simulator.endpoint().port()).isEqualTo(port);
        try (PlainAmiClient again = loggedIn(port)) {
            again.send("Action: QueueStatus", "Queue: housing", "ActionID: resync");
            List<AmiMessage> status = again.readUntil(m -> m.isEvent("QueueStatusComplete"));
            assertThat(status).anySatisfy(m -> assertThat(m.getOrEmpty("Uniqueid")).isEqualTo(waiting));
        }
    }

    @Test
    void a_frozen_link_stays_open_but_answers_nothing_until_thawed() throws Exception {
        try (PlainAmiClient client = loggedIn(simulator.endpoint().port())) {
            client.send("Action: Ping", "ActionID: before");
            client.readResponse("before");

            simulator.freezeAmi();
            client.send("Action: Ping", "ActionID: frozen");
            simulator.joinCaller("general-enquiries", "07700900071", 0);
            client.setReadTimeout(500);
            assertThatThrownBy(client::read).isInstanceOf(SocketTimeoutException.class);

            simulator.unfreezeAmi();
            client.setReadTimeout(10_000);
            client.send("Action: Ping", "ActionID: after");
            assertThat(client.readResponse("after").getOrEmpty("Ping")).isEqualTo("Pong");
        }
    }

    /**
     * The first line a new connection to the port reads, or "" when it is refused or reads nothing. A freed
     * port may be taken at once by another socket on the machine, and a connection to a free port in the
     * ephemeral range can even be given that port as its own and connect to itself (TCP's simultaneous open):
     * either answers, silently. What matters is that this simulator no longer answers on it.
     */
    private static String bannerAt(int port) {
        try (PlainAmiClient client = new PlainAmiClient(port)) {
            return client.banner == null ? "" : client.banner;
        } catch (IOException refusedOrSilent) {
            return "";
        }
    }

    private PlainAmiClient loggedIn(int port) throws Exception {
        PlainAmiClient client = new PlainAmiClient(port);
        client.send("Action: Login", "Username: console", "Secret: " + simulator.endpoint().secret(),
                "ActionID: login");
        assertThat(client.readResponse("login").getOrEmpty("Response")).isEqualTo("Success");
        client.readUntil(m -> m.isEvent("FullyBooted"));
        return client;
    }
}
