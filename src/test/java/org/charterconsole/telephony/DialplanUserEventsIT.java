package org.charterconsole.telephony;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.charterconsole.pbx.PbxEndpoint;
import org.charterconsole.pbx.PbxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.charterconsole.telephony.AmiConnectionIT.NOW;

/**
 * The UserEvents written in telephony/extensions.conf, sent as Asterisk 22 sends them (the channel's
 * fields, then the body), reach the console through asterisk-java as the events it expects.
 */
class DialplanUserEventsIT {

    private static final String UNIQUEID = "1795843013.45";
    /** What the dialplan's variables hold when the events are raised. */
    private static final Map<String, String> VARIABLES = Map.of(
            "${COUNCIL_QUEUE}", "council-tax", "${CALLBACK_NUMBER}", "07700900051",
            "${EMERGENCY_CATEGORY}", "adult-social-care", "${CALLERID(num)}", "07700900051");

    private final RecordingSink sink = new RecordingSink();
    private AmiTestServer server;
    private AmiConnection connection;

    @BeforeEach
    void connect() throws Exception {
        server = new AmiTestServer();
        connection = new AmiConnection(new PbxEndpoint("127.0.0.1", server.port(), "console", "console"),
                AmiConnectionIT.properties(), List.of(sink), Clock.fixed(NOW, ZoneId.of("Europe/London")),
                new SimpleMeterRegistry());
        connection.start();
        await().until(() -> sink.events(PbxEvent.QueueStatusSnapshot.class).size() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        connection.stop();
        server.close();
    }

    @Test
    void theCallBackKeyReachesTheConsoleAsACallBackForTheQueuedCaller() {
        server.push(asAsteriskSendsIt(userEventBody("CallbackRequested")));

        await().until(() -> !sink.events(PbxEvent.CallbackRequested.class).isEmpty());
        assertThat(sink.events(PbxEvent.CallbackRequested.class)).singleElement()
                .isEqualTo(new PbxEvent.CallbackRequested(NOW, UNIQUEID, "council-tax", "07700900051"));
    }

    @Test
    void anOutOfHoursEmergencyReachesTheConsoleWithItsCategory() {
        server.push(asAsteriskSendsIt(userEventBody("OutOfHoursEmergency")));

        await().until(() -> !sink.events(PbxEvent.OutOfHoursEmergency.class).isEmpty());
        assertThat(sink.events(PbxEvent.OutOfHoursEmergency.class)).singleElement()
                .isEqualTo(new PbxEvent.OutOfHoursEmergency(NOW, UNIQUEID, "adult-social-care", "07700900051"));
    }

    @Test
    void aUniqueidRepeatedInTheBodyWouldReachTheConsoleMangled() {
        server.push(asAsteriskSendsIt(userEventBody("CallbackRequested") + "Uniqueid: " + UNIQUEID + "\r\n"));

        await().until(() -> !sink.events(PbxEvent.CallbackRequested.class).isEmpty());
        assertThat(sink.events(PbxEvent.CallbackRequested.class).get(0).uniqueId())
                .as("why the dialplan leaves Uniqueid to the channel's fields").isNotEqualTo(UNIQUEID);
    }

    /** {@code UserEvent: name} and the body of the dialplan's UserEvent(name,...), its variables filled in. */
    private static String userEventBody(String name) {
        Dialplan.Step step = TelephonyPack.load().dialplan().steps("UserEvent").stream()
                .filter(s -> s.args().startsWith(name + ",")).findFirst().orElseThrow();
        StringBuilder body = new StringBuilder("UserEvent: " + name + "\r\n");
        List<String> args = DialplanJumps.split(step.args(), ',');
        for (String header : args.subList(1, args.size())) {
            String filled = header.strip();
            for (Map.Entry<String, String> variable : VARIABLES.entrySet()) {
                filled = filled.replace(variable.getKey(), variable.getValue());
            }
            assertThat(filled).as("a variable this test does not fill").doesNotContain("${");
            body.append(filled).append("\r\n");
        }
        return body.toString();
    }

    /** The channel's fields first, as in fixtures/ami/07-dialplan-userevents.txt. */
    private static String asAsteriskSendsIt(String body) {
        return "Event: UserEvent\r\nPrivilege: user,all\r\nChannel: PJSIP/council-trunk-00000016\r\n"
                + "ChannelState: 6\r\nChannelStateDesc: Up\r\nCallerIDNum: 07700900051\r\n"
                + "CallerIDName: Resident\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\n"
                + "Language: en\r\nAccountCode: \r\nContext: council-callback\r\nExten: s\r\nPriority: 9\r\n"
                + "Uniqueid: " + UNIQUEID + "\r\nLinkedid: " + UNIQUEID + "\r\n" + body + "\r\n";
    }
}
