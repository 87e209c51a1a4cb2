package org.charterconsole.telephony;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.DbGetAction;
import org.asteriskjava.manager.action.DbPutAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.DbGetResponseEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.charterconsole.base.time.SimulatedClock;
import org.charterconsole.pbx.PbxEndpoint;
import org.charterconsole.simulator.PbxSimulator;
import org.charterconsole.simulator.SimulatorProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** asterisk-java, exactly as the telephony adapter uses it, against the built-in simulator. */
class SimulatorWireCompatibilityIT {

    private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 11, 30, 10, 0);

    private final PbxSimulator simulator = new PbxSimulator(SimulatorProperties.manual(MONDAY_TEN),
            SimulatedClock.startingAt(MONDAY_TEN, 1)).start();
    private final List<ManagerEvent> events = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> asteriskJavaLog = new ListAppender<>();
    private ManagerConnection connection;

    @BeforeEach
    void connect() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("org.asteriskjava");
        logger.setLevel(Level.INFO);
        asteriskJavaLog.start();
        logger.addAppender(asteriskJavaLog);
        PbxEndpoint endpoint = simulator.endpoint();
        connection = new ManagerConnectionFactory(endpoint.host(), endpoint.port(), endpoint.username(),
                endpoint.secret()).createManagerConnection();
        connection.registerUserEventClass(CallbackRequestedEvent.class);
        connection.registerUserEventClass(OutOfHoursEmergencyEvent.class);
        connection.addEventListener(events::add);
        connection.login();
    }

    @AfterEach
    void disconnect() {
        if (connection.getState() == ManagerConnectionState.CONNECTED) {
            connection.logoff();
        }
        simulator.close();
        ((Logger) LoggerFactory.getLogger("org.asteriskjava")).detachAppender(asteriskJavaLog);
    }

    @Test
    void logs_in_with_the_md5_challenge_and_reads_the_asterisk_version() {
        assertThat(connection.getState()).isEqualTo(ManagerConnectionState.CONNECTED);
        assertThat(connection.getVersion().toString()).contains("22");
    }

    @Test
    void queue_status_arrives_as_typed_entries_in_position_order() throws Exception {
        String first = simulator.joinCaller("general-enquiries", "07700900001", 0);
        String urgent = simulator.joinCaller("general-enquiries", "07700900002", 10);

        QueueStatusAction action = new QueueStatusAction();
        action.setQueue("general-enquiries");
        ResponseEvents answer = connection.sendEventGeneratingAction(action);

        List<QueueEntryEvent> entries = answer.getEvents().stream()
                .filter(QueueEntryEvent.class::isInstance).map(QueueEntryEvent.class::cast).toList();
        assertThat(entries).extracting(QueueEntryEvent::getUniqueId).containsExactly(urgent, first);
        assertThat(entries).extracting(QueueEntryEvent::getPriority).containsExactly(10, 0);
        assertThat(entries.get(1).getPosition()).isEqualTo(2);
    }

    @Test
    void actions_are_answered_and_queue_events_arrive_typed() throws Exception {
        QueueAddAction add = new QueueAddAction("housing", "PJSIP/2005", null);
        add.setMemberName("Emma Patel");
        assertThat(connection.sendAction(add).getResponse()).isEqualTo("Success");
        DbPutAction put = new DbPutAction("console", "open", "1");
        assertThat(connection.sendAction(put).getResponse()).isEqualTo("Success");
        ResponseEvents get = connection.sendEventGeneratingAction(new DbGetAction("console", "open"));
        assertThat(get.getEvents()).filteredOn(DbGetResponseEvent.class::isInstance)
                .singleElement().extracting(e -> ((DbGetResponseEvent) e).getVal()).isEqualTo("1");

        String caller = simulator.joinCaller("housing", "07700900005", 0);
        simulator.answerNext("PJSIP/2005");
        simulator.completeCall("PJSIP/2005");
        String leaving = simulator.joinCaller("housing", "07700900006", 0);
        simulator.requestCallback(leaving);
        simulator.raiseOutOfHoursEmergency("adult-social-care", "07700900007");

        await().untilAsserted(() -> assertThat(events).hasAtLeastOneElementOfType(OutOfHoursEmergencyEvent.class));
        assertThat(events).hasAtLeastOneElementOfType(QueueMemberAddedEvent.class);
        assertThat(events).filteredOn(QueueCallerJoinEvent.class::isInstance)
                .extracting(e -> ((QueueCallerJoinEvent) e).getUniqueId()).contains(caller, leaving);
        assertThat(events).filteredOn(AgentConnectEvent.class::isInstance).singleElement()
                .extracting(e -> ((AgentConnectEvent) e).getInterface()).isEqualTo("PJSIP/2005");
        assertThat(events).hasAtLeastOneElementOfType(AgentCompleteEvent.class);
        assertThat(events).filteredOn(CallbackRequestedEvent.class::isInstance).singleElement()
                .satisfies(e -> {
                    assertThat(((CallbackRequestedEvent) e).getQueue()).isEqualTo("housing");
                    assertThat(((CallbackRequestedEvent) e).getUniqueId()).isEqualTo(leaving);
                });
        // the call-back key leaves Queue() through the exit context: a leave, no abandon, then the request
        assertThat(events).noneMatch(QueueCallerAbandonEvent.class::isInstance);
        assertThat(events).filteredOn(e -> e instanceof QueueCallerLeaveEvent || e instanceof CallbackRequestedEvent)
                .filteredOn(e -> leaving.equals(e instanceof QueueCallerLeaveEvent leave ? leave.getUniqueId()
                        : ((CallbackRequestedEvent) e).getUniqueId()))
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("QueueCallerLeaveEvent", "CallbackRequestedEvent");
        assertThat(events).filteredOn(OutOfHoursEmergencyEvent.class::isInstance).singleElement()
                .extracting(e -> ((OutOfHoursEmergencyEvent) e).getCategory()).isEqualTo("adult-social-care");
        // DBGetComplete is real Asterisk 22 output that asterisk-java 3.42.2 has no class for.
        assertThat(asteriskJavaLog.list).extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(message -> message.contains("No event class registered"))
                .allMatch(message -> message.contains("'dbgetcomplete'"));
        // The log is shared by every connection in this JVM: another one closing says its pump exited.
        assertThat(asteriskJavaLog.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .filteredOn(e -> !e.getFormattedMessage().contains("AsyncEventPump has exited"))
                .isEmpty();
    }

    @Test
    void an_async_originate_is_queued_and_answered_by_an_originate_response_event() throws Exception {
        OriginateAction originate = new OriginateAction();
        originate.setChannel("PJSIP/2001");
        originate.setContext("callbacks");
        originate.setExten("07700900008");
        originate.setPriority(1);
        originate.setAsync(true);

        ManagerResponse response = connection.sendAction(originate);

        assertThat(response.getResponse()).isEqualTo("Success");
        assertThat(response.getMessage()).isEqualTo("Originate successfully queued");
        await().untilAsserted(() -> assertThat(events).filteredOn(OriginateResponseEvent.class::isInstance)
                .singleElement().satisfies(e -> {
                    assertThat(((OriginateResponseEvent) e).getResponse()).isEqualTo("Success");
                    assertThat(((OriginateResponseEvent) e).getActionId()).isEqualTo(originate.getActionId());
                }));
    }
}
