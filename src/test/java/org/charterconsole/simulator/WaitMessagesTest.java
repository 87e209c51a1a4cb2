package org.charterconsole.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated dialplan's periodic wait message: Queue() timeout, the message, the same queue at the same place. */
class WaitMessagesTest {

    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 30, 10, 0));
    private final List<AmiMessage> events = new ArrayList<>();
    private final Agenda agenda = new Agenda();
    private QueueFloor floor;

    @BeforeEach
    void setUp() {
        floor = new QueueFloor(clock, events::add);
        floor.defineQueue("general", 0);
        WaitMessages waitMessages = new WaitMessages(floor, agenda, Duration.ofSeconds(180));
        floor.onEntry(waitMessages::entered);
    }

    private void advance(long seconds) {
        for (long s = 0; s < seconds; s++) {
            clock.advance(Duration.ofSeconds(1));
            agenda.runDue(floor.now());
        }
    }

    private List<String> waiting() {
        return floor.queue("general").orElseThrow().callers.stream().map(c -> c.uniqueId).toList();
    }

    private List<String> eventsOf(String uniqueId) {
        return events.stream().filter(e -> e.getOrEmpty("Uniqueid").equals(uniqueId))
                .map(e -> e.getOrEmpty("Event") + e.get("Variable").map(v -> " " + v + "=" + e.getOrEmpty("Value")).orElse(""))
                .toList();
    }

    @Test
    void afterTheTimeoutTheCallerIsReportedAsAppQueueDoesHearsTheMessageAndComesBackToTheirPlace() {
        // the first caller stepped out at 180 s and comes back at 192 s; the second is the one to follow
        String first = floor.join("general", "07700900001", "A", 0).uniqueId;
        advance(10);
        String second = floor.join("general", "07700900002", "B", 0).uniqueId;
        advance(10);
        String third = floor.join("general", "07700900003", "C", 0).uniqueId;
        advance(169);
        events.clear();

        advance(1);
        // as Asterisk 22 sent it for a Queue() timeout (fixtures/ami/04): no special event
        assertThat(eventsOf(second)).containsExactly("VarSet ABANDONED=TRUE", "QueueCallerAbandon",
                "QueueCallerLeave", "VarSet QUEUEPOSITION=1", "VarSet QUEUESTATUS=TIMEOUT");
        AmiMessage abandon = events.stream().filter(e -> e.isEvent("QueueCallerAbandon")).findFirst().orElseThrow();
        assertThat(abandon.getOrEmpty("HoldTime")).isEqualTo("180");
        assertThat(abandon.getOrEmpty("Position")).isEqualTo("1");
        // the first caller is hearing their own message
        assertThat(waiting()).containsExactly(third);
        assertThat(events.stream().filter(e -> e.isEvent("VarSet")).findFirst().orElseThrow().keys())
                .containsExactly("Event", "Privilege", "Channel", "ChannelState", "ChannelStateDesc", "CallerIDNum",
                        "CallerIDName", "ConnectedLineNum", "ConnectedLineName", "Language", "AccountCode", "Context",
                        "Exten", "Priority", "Uniqueid", "Linkedid", "Variable", "Value");

        advance(WaitMessages.LENGTH.toSeconds());
        assertThat(eventsOf(second)).last().isEqualTo("QueueCallerJoin");
        AmiMessage join = events.stream().filter(e -> e.isEvent("QueueCallerJoin"))
                .filter(e -> e.getOrEmpty("Uniqueid").equals(second)).findFirst().orElseThrow();
        assertThat(join.getOrEmpty("Position") + "/" + join.getOrEmpty("Count")).isEqualTo("1/2");
        // back at the head, where they left; the first caller, back at 192 s, had also left from the
        // head; the third is hearing their message (200 s to 212 s)
        assertThat(waiting()).containsExactly(second, first);
        // app_queue counts the wait of the new entry afresh
        assertThat(floor.caller(second).orElseThrow().waitSeconds(floor.now())).isZero();
    }

    @Test
    void theNextMessageComesAFullPeriodAfterComingBack() {
        String caller = floor.join("general", "07700900001", "A", 0).uniqueId;
        advance(180 + WaitMessages.LENGTH.toSeconds() + 179);
        assertThat(eventsOf(caller)).filteredOn(e -> e.equals("VarSet QUEUESTATUS=TIMEOUT")).hasSize(1);

        advance(1);
        assertThat(eventsOf(caller)).filteredOn(e -> e.equals("VarSet QUEUESTATUS=TIMEOUT")).hasSize(2);
    }

    @Test
    void aCallerWhoHangsUpDuringTheMessageNeverComesBackAndAppQueueSaysNothingMore() {
        String caller = floor.join("general", "07700900001", "A", 0).uniqueId;
        advance(181);
        int before = events.size();

        assertThat(floor.abandon(caller)).isTrue();
        advance(60);

        assertThat(events).hasSize(before);
        assertThat(waiting()).isEmpty();
        assertThat(floor.caller(caller)).isEmpty();
    }

    @Test
    void aCallerWhoseCallIsRingingAHandlerIsNotTakenOutUntilTheRingingEnds() {
        floor.addMember("general", "PJSIP/2001", "Ann", false);
        String caller = floor.join("general", "07700900001", "A", 0).uniqueId;
        advance(170);
        floor.ring("PJSIP/2001");
        advance(20);
        assertThat(eventsOf(caller)).doesNotContain("QueueCallerAbandon");

        floor.ringNoAnswer("PJSIP/2001");
        advance(2);
        assertThat(eventsOf(caller)).contains("VarSet QUEUESTATUS=TIMEOUT");
    }

    @Test
    void aCallerComingBackGoesBehindHigherPriorityCallersAndWithTheDialplansPriorityNotARaise() {
        String first = floor.join("general", "07700900001", "A", 0).uniqueId;
        String second = floor.join("general", "07700900002", "B", 0).uniqueId;
        floor.changePriority(floor.caller(first).orElseThrow(), 5, true);
        advance(181);
        String urgent = floor.join("general", "07700900003", "C", 10).uniqueId;

        advance(WaitMessages.LENGTH.toSeconds());

        // both stepped out at 180 s; each comes back to position 1, behind the priority caller
        assertThat(waiting()).containsExactly(urgent, second, first);
        assertThat(floor.caller(first).orElseThrow().queuePriority).isZero();
    }
}
