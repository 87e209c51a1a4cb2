package org.charterconsole.telephony;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.charterconsole.base.time.MovableClock;
import org.charterconsole.pbx.PbxEndpoint;
import org.charterconsole.pbx.PbxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.charterconsole.telephony.AmiConnectionIT.NOW;

/** Real Asterisk 22 events, replayed over TCP through asterisk-java, come out as the right PbxEvents. */
class AmiTranslationIT {

    private static final Map<String, Class<? extends PbxEvent>> TRANSLATED = Map.ofEntries(
            Map.entry("QueueCallerJoin", PbxEvent.CallerJoined.class),
            Map.entry("QueueCallerLeave", PbxEvent.CallerLeft.class),
            Map.entry("QueueCallerAbandon", PbxEvent.CallerAbandoned.class),
            Map.entry("AgentCalled", PbxEvent.AgentCalled.class),
            Map.entry("AgentConnect", PbxEvent.AgentConnected.class),
            Map.entry("AgentComplete", PbxEvent.AgentCompleted.class),
            Map.entry("AgentRingNoAnswer", PbxEvent.AgentRingNoAnswer.class),
            Map.entry("QueueMemberRemoved", PbxEvent.MemberRemoved.class),
            Map.entry("Shutdown", PbxEvent.PbxShutdown.class));

    /** Abandons wait for QUEUESTATUS, a caller who stepped out for their rejoin: moving the clock lets them go. */
    private static final Duration PAST_EVERY_GRACE = AmiConnectionIT.properties().rejoinGrace().plusSeconds(1);

    private static final String TIMED_OUT = "1795842854.25";

    private final RecordingSink sink = new RecordingSink();
    private final MovableClock clock = new MovableClock(NOW);
    private AmiTestServer server;
    private AmiConnection connection;

    @BeforeEach
    void connect() throws Exception {
        server = new AmiTestServer();
        connection = new AmiConnection(new PbxEndpoint("127.0.0.1", server.port(), "console", "console"),
                AmiConnectionIT.properties(), List.of(sink), clock, new SimpleMeterRegistry());
        connection.start();
        await().until(() -> sink.events(PbxEvent.QueueStatusSnapshot.class).size() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        connection.stop();
        server.close();
    }

    private void replay(AmiFixture fixture) {
        replayHeld(fixture);
        releaseHolds();
    }

    /** Replays the fixture; abandons and leaves may still be held (the clock has not moved). */
    private void replayHeld(AmiFixture fixture) {
        String end = "end-" + fixture.name();
        fixture.unsolicitedEvents().forEach(server::push);
        server.push("Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: OutOfHoursEmergency\r\n"
                + "Uniqueid: " + end + "\r\nCategory: end\r\nCallerIDNum: 0\r\n\r\n");
        await().until(() -> sink.events(PbxEvent.OutOfHoursEmergency.class).stream()
                .anyMatch(e -> e.uniqueId().equals(end)));
    }

    private void releaseHolds() {
        clock.advance(PAST_EVERY_GRACE);
        server.push("Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: OutOfHoursEmergency\r\n"
                + "Uniqueid: released\r\nCategory: end\r\nCallerIDNum: 0\r\n\r\n");
        await().until(() -> sink.events(PbxEvent.OutOfHoursEmergency.class).stream()
                .anyMatch(e -> e.uniqueId().equals("released")));
        await().until(() -> connection.heldForQueueStatus() == 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"02-queuestatus-queuesummary.txt", "03-queue-prio-caller-order.txt",
            "04-abandon-and-queue-timeout.txt", "05-agent-states-ringnoanswer.txt",
            "06-actions-priority-withdraw-db-originate.txt", "08-pbx-restart.txt"})
    void every_queue_event_of_a_real_transcript_becomes_one_console_event(String name) {
        AmiFixture fixture = AmiFixture.load(name);

        replay(fixture);

        TRANSLATED.forEach((amiName, type) -> assertThat(sink.events(type))
                .as(amiName + " in " + name).hasSize(fixture.unsolicitedEvents(amiName).size()));
        int memberChanges = fixture.unsolicitedEvents("QueueMemberStatus").size()
                + fixture.unsolicitedEvents("QueueMemberAdded").size()
                + fixture.unsolicitedEvents("QueueMemberPause").size();
        assertThat(sink.events(PbxEvent.MemberUpdated.class)).hasSize(memberChanges);
        assertThat(connection.malformedEvents()).isZero();
        assertThat(sink.events()).filteredOn(e -> !(e instanceof PbxEvent.OutOfHoursEmergency))
                .allSatisfy(e -> assertThat(e.at()).isEqualTo(NOW));
    }

    @Test
    void a_queue_prio_caller_joins_at_the_head_and_the_dialplan_priority_is_not_taken_for_it() {
        replay(AmiFixture.load("03-queue-prio-caller-order.txt"));

        List<PbxEvent.CallerJoined> joins = sink.events(PbxEvent.CallerJoined.class);
        assertThat(joins).extracting(j -> j.position() + "/" + j.count()).containsExactly("1/1", "2/2", "1/3");
        assertThat(joins.get(2).callerNumber()).isEqualTo("07700900013");
        assertThat(joins.get(2).channel()).startsWith("Local/s@caller-");
    }

    @Test
    void abandon_hold_time_is_in_seconds_and_ring_no_answer_in_milliseconds() {
        replay(AmiFixture.load("04-abandon-and-queue-timeout.txt"));
        replay(AmiFixture.load("05-agent-states-ringnoanswer.txt"));

        assertThat(sink.events(PbxEvent.CallerAbandoned.class))
                .anySatisfy(a -> assertThat(a.originalPosition()).isEqualTo(2))
                .allSatisfy(a -> assertThat(a.holdSeconds()).isBetween(0L, 60L));
        assertThat(sink.events(PbxEvent.AgentRingNoAnswer.class))
                .allSatisfy(r -> assertThat(r.ringMillis()).isEqualTo(15_000L));
    }

    @Test
    void pausing_with_a_reason_and_removing_a_member_are_member_changes() {
        replay(AmiFixture.load("05-agent-states-ringnoanswer.txt"));

        assertThat(sink.events(PbxEvent.MemberUpdated.class)).extracting(u -> u.member().pausedReason())
                .containsNull().contains("lunch");
        assertThat(sink.events(PbxEvent.MemberRemoved.class)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.agentInterface()).isNotBlank());
    }

    @Test
    void the_dialplan_user_events_arrive_despite_their_duplicate_caller_id_headers() {
        replay(AmiFixture.load("07-dialplan-userevents.txt"));

        assertThat(sink.events(PbxEvent.CallbackRequested.class)).singleElement().satisfies(c -> {
            assertThat(c.queue()).isEqualTo("priority");
            assertThat(c.uniqueId()).isEqualTo("1795843013.45");
            assertThat(c.callerNumber()).isEqualTo("07700900051");
        });
        assertThat(sink.events(PbxEvent.OutOfHoursEmergency.class)).filteredOn(e -> !e.category().equals("end"))
                .singleElement().satisfies(e -> {
                    assertThat(e.category()).isEqualTo("adult-social-care");
                    assertThat(e.callerNumber()).isEqualTo("07700900052");
                });
    }

    @Test
    void a_shutdown_announcing_a_restart_is_published() {
        replay(AmiFixture.load("08-pbx-restart.txt"));

        assertThat(sink.events(PbxEvent.PbxShutdown.class)).containsExactly(new PbxEvent.PbxShutdown(NOW, true));
    }

    @Test
    void malformed_and_unknown_input_is_skipped_and_later_events_still_arrive() {
        server.push("Event: QueueCallerJoin\r\nPrivilege: agent,all\r\nUniqueid: 1.1\r\nPosition: 1\r\nCount: 1\r\n\r\n");
        server.push("Event: QueueCallerJoin\r\nPrivilege: agent,all\r\nQueue: general\r\nUniqueid: 1.2\r\n"
                + "Position: first\r\nCount: 1\r\n\r\n");
        server.push("Event: NoSuchEventEver\r\nPrivilege: agent,all\r\nFoo: bar\r\n\r\n");
        server.push("this line has no colon\r\nEvent: AgentRingNoAnswer\r\nQueue: general\r\n\r\n");
        server.push("Event: QueueCallerJoin\r\nPrivilege: agent,all\r\nQueue: general\r\nUniqueid: 1.3\r\n"
                + "CallerIDNum: 07700900003\r\nPosition: 1\r\nCount: 1\r\n\r\n");

        await().until(() -> !sink.events(PbxEvent.CallerJoined.class).isEmpty());
        assertThat(sink.events(PbxEvent.CallerJoined.class)).extracting(PbxEvent.CallerJoined::uniqueId)
                .containsExactly("1.3");
        assertThat(connection.malformedEvents()).isEqualTo(3);
        assertThat(connection.status().connected()).isTrue();
    }

    @Test
    void a_queue_timeout_is_a_caller_stepping_out_not_an_abandon_until_they_fail_to_come_back() {
        replayHeld(AmiFixture.load("04-abandon-and-queue-timeout.txt"));

        // QueueCallerAbandon + QueueCallerLeave, then VarSet QUEUESTATUS=TIMEOUT for Test Caller 23
        assertThat(sink.events(PbxEvent.CallerSteppedOut.class))
                .containsExactly(new PbxEvent.CallerSteppedOut(NOW, "priority", TIMED_OUT, 2, 5));
        assertThat(sink.events(PbxEvent.CallerAbandoned.class)).isEmpty();

        clock.advance(QueueReentries.STATUS_GRACE);
        // the two callers who hung up set no QUEUESTATUS: abandons once the status grace is over
        await().until(() -> sink.events(PbxEvent.CallerAbandoned.class).size() == 2);
        assertThat(sink.events(PbxEvent.CallerAbandoned.class)).extracting(PbxEvent.CallerAbandoned::uniqueId)
                .containsExactly("1795842846.21", "1795842848.23");
        assertThat(sink.events(PbxEvent.CallerLeft.class)).extracting(PbxEvent.CallerLeft::uniqueId)
                .doesNotContain(TIMED_OUT);

        releaseHolds();
        // the capture's dialplan hung up after the timeout instead of queueing again: abandoned, once
        assertThat(sink.events(PbxEvent.CallerAbandoned.class)).filteredOn(a -> a.uniqueId().equals(TIMED_OUT))
                .singleElement().satisfies(a -> assertThat(a.holdSeconds()).isEqualTo(5));
        assertThat(sink.events(PbxEvent.CallerLeft.class)).filteredOn(l -> l.uniqueId().equals(TIMED_OUT)).hasSize(1);
        assertThat(sink.events(PbxEvent.CallerRejoined.class)).isEmpty();
    }

    @Test
    void a_caller_who_timed_out_and_joins_the_same_queue_again_rejoined_and_never_abandoned() {
        AmiFixture fixture = AmiFixture.load("04-abandon-and-queue-timeout.txt");
        replayHeld(fixture);
        AmiFixture.Message join = fixture.unsolicitedEvents("QueueCallerJoin").stream()
                .filter(m -> m.header("Uniqueid").orElseThrow().equals(TIMED_OUT)).findFirst().orElseThrow();
        server.push(join.withHeader("Position", "2").withHeader("Count", "2"));

        await().until(() -> !sink.events(PbxEvent.CallerRejoined.class).isEmpty());
        releaseHolds();

        assertThat(sink.events(PbxEvent.CallerRejoined.class)).singleElement().satisfies(r -> {
            assertThat(r.uniqueId()).isEqualTo(TIMED_OUT);
            assertThat(r.queue()).isEqualTo("priority");
            assertThat(r.position()).isEqualTo(2);
            assertThat(r.callerNumber()).isEqualTo("07700900023");
        });
        assertThat(sink.events(PbxEvent.CallerAbandoned.class)).extracting(PbxEvent.CallerAbandoned::uniqueId)
                .containsExactly("1795842846.21", "1795842848.23");
        assertThat(sink.events(PbxEvent.CallerJoined.class)).filteredOn(j -> j.uniqueId().equals(TIMED_OUT)).hasSize(1);
    }

    @Test
    void a_withdrawal_is_an_abandon_at_once_without_waiting_for_a_grace() {
        replayHeld(AmiFixture.load("06-actions-priority-withdraw-db-originate.txt"));

        assertThat(sink.events(PbxEvent.CallerAbandoned.class)).hasSize(2);
        assertThat(sink.events(PbxEvent.CallerLeft.class)).hasSize(2);
        assertThat(sink.events(PbxEvent.CallerSteppedOut.class)).isEmpty();
    }
}
