package org.charterconsole.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueueFloorTest extends QueueFloorFixture {

    @BeforeEach
    void setUp() {
        floor.defineQueue("general", 0);
        floor.defineQueue("elas", 10);
    }

    @Test
    void callers_of_equal_priority_wait_first_come_first_served() {
        String first = floor.join("general", "07700900001", "A", 0).uniqueId;
        String second = floor.join("general", "07700900002", "B", 0).uniqueId;
        String third = floor.join("general", "07700900003", "C", 0).uniqueId;

        assertThat(waiting("general")).containsExactly(first, second, third);
        assertThat(events).filteredOn(e -> e.isEvent("QueueCallerJoin"))
                .extracting(e -> e.getOrEmpty("Position") + "/" + e.getOrEmpty("Count"))
                .containsExactly("1/1", "2/2", "3/3");
    }

    @Test
    void a_higher_queue_priority_caller_jumps_ahead_and_says_so_only_in_its_own_join() {
        String eleven = floor.join("general", "07700900011", "A", 0).uniqueId;
        String twelve = floor.join("general", "07700900012", "B", 0).uniqueId;
        events.clear();

        String thirteen = floor.join("general", "07700900013", "C", 10).uniqueId;

        assertThat(waiting("general")).containsExactly(thirteen, eleven, twelve);
        assertThat(events).hasSize(1);
        AmiMessage join = events.get(0);
        assertThat(join.getOrEmpty("Position")).isEqualTo("1");
        assertThat(join.getOrEmpty("Count")).isEqualTo("3");
        assertThat(join.getOrEmpty("Priority")).as("dialplan step, not QUEUE_PRIO").isEqualTo("3");
    }

    @Test
    void an_abandon_reports_current_and_original_position_and_hold_seconds_and_renumbers_silently() {
        String first = floor.join("general", "07700900021", "A", 0).uniqueId;
        String second = floor.join("general", "07700900022", "B", 0).uniqueId;
        String third = floor.join("general", "07700900023", "C", 0).uniqueId;
        clock.advance(Duration.ofSeconds(13));
        floor.abandon(first);
        events.clear();

        floor.abandon(third);

        assertThat(events).extracting(e -> e.getOrEmpty("Event")).containsExactly("QueueCallerAbandon", "QueueCallerLeave");
        AmiMessage abandon = events.get(0);
        assertThat(abandon.getOrEmpty("Position")).isEqualTo("2");
        assertThat(abandon.getOrEmpty("OriginalPosition")).isEqualTo("3");
        assertThat(abandon.getOrEmpty("HoldTime")).isEqualTo("13");
        assertThat(events.get(1).getOrEmpty("Count")).isEqualTo("1");
        assertThat(waiting("general")).containsExactly(second);
    }

    @Test
    void a_priority_change_moves_the_caller_only_when_immediate() {
        String first = floor.join("general", "07700900041", "A", 0).uniqueId;
        SimCaller second = floor.join("general", "07700900042", "B", 0);

        floor.changePriority(second, 5, false);
        assertThat(waiting("general")).containsExactly(first, second.uniqueId);

        floor.changePriority(second, 7, true);
        assertThat(waiting("general")).containsExactly(second.uniqueId, first);
    }

    @Test
    void an_agent_is_offered_the_heavier_queue_first_then_rung_connected_and_completed() {
        floor.addMember("general", "PJSIP/2001", "Aisha Khan", false);
        floor.addMember("elas", "PJSIP/2001", "Aisha Khan", false);
        String standard = floor.join("general", "07700900051", "A", 0).uniqueId;
        clock.advance(Duration.ofSeconds(30));
        String urgent = floor.join("elas", "07700900052", "B", 0).uniqueId;
        events.clear();

        assertThat(floor.ring("PJSIP/2001")).map(c -> c.uniqueId).contains(urgent);
        clock.advance(Duration.ofSeconds(4));
        floor.connect("PJSIP/2001");
        clock.advance(Duration.ofSeconds(200));
        floor.complete("PJSIP/2001");

        assertThat(events).extracting(e -> e.getOrEmpty("Event")).containsSubsequence(
                "AgentCalled", "QueueCallerLeave", "AgentConnect", "AgentComplete");
        AmiMessage connect = events.stream().filter(e -> e.isEvent("AgentConnect")).findFirst().orElseThrow();
        assertThat(connect.getOrEmpty("HoldTime")).isEqualTo("4");
        assertThat(connect.getOrEmpty("RingTime")).isEqualTo("4");
        AmiMessage complete = events.stream().filter(e -> e.isEvent("AgentComplete")).findFirst().orElseThrow();
        assertThat(complete.getOrEmpty("TalkTime")).isEqualTo("200");
        assertThat(complete.getOrEmpty("Reason")).isEqualTo("agent");
        assertThat(waiting("general")).containsExactly(standard);
        assertThat(waiting("elas")).isEmpty();
    }

    @Test
    void within_a_queue_the_higher_queue_priority_is_offered_first_then_the_longest_waiting() {
        floor.addMember("general", "PJSIP/2001", "Aisha Khan", false);
        floor.addMember("general", "PJSIP/2002", "Ben Carter", false);
        floor.addMember("general", "PJSIP/2003", "Chloe Evans", false);
        String early = floor.join("general", "07700900071", "A", 0).uniqueId;
        clock.advance(Duration.ofSeconds(20));
        String later = floor.join("general", "07700900072", "B", 0).uniqueId;
        clock.advance(Duration.ofSeconds(20));
        String raised = floor.join("general", "07700900073", "C", 5).uniqueId;

        assertThat(floor.ring("PJSIP/2001")).map(c -> c.uniqueId).contains(raised);
        assertThat(floor.ring("PJSIP/2002")).map(c -> c.uniqueId).contains(early);
        assertThat(floor.ring("PJSIP/2003")).map(c -> c.uniqueId).contains(later);
    }

    @Test
    void queue_priority_is_not_compared_across_queues_of_equal_weight_the_longest_waiting_goes_first() {
        floor.defineQueue("housing", 0);
        floor.addMember("general", "PJSIP/2001", "Aisha Khan", false);
        floor.addMember("housing", "PJSIP/2001", "Aisha Khan", false);
        String waitedLonger = floor.join("general", "07700900081", "A", 0).uniqueId;
        clock.advance(Duration.ofSeconds(30));
        floor.join("housing", "07700900082", "B", 9);

        assertThat(floor.ring("PJSIP/2001")).map(c -> c.uniqueId).contains(waitedLonger);
    }

    @Test
    void a_lighter_queue_waits_while_a_heavier_queue_the_agent_serves_has_anyone_in_it_even_ringing_elsewhere() {
        floor.addMember("elas", "PJSIP/2001", "Aisha Khan", false);
        floor.addMember("elas", "PJSIP/2002", "Ben Carter", false);
        floor.addMember("general", "PJSIP/2002", "Ben Carter", false);
        String standard = floor.join("general", "07700900091", "A", 0).uniqueId;
        String urgent = floor.join("elas", "07700900092", "B", 10).uniqueId;
        assertThat(floor.ring("PJSIP/2001")).map(c -> c.uniqueId).contains(urgent);

        assertThat(floor.ring("PJSIP/2002")).as("elas still has a caller, ringing Aisha").isEmpty();

        floor.connect("PJSIP/2001");
        assertThat(floor.ring("PJSIP/2002")).map(c -> c.uniqueId).contains(standard);
    }

    @Test
    void a_paused_member_is_not_offered_callers_and_ring_no_answer_is_in_milliseconds() {
        floor.addMember("general", "PJSIP/2002", "Ben Carter", false);
        floor.join("general", "07700900061", "A", 0);
        floor.pause(null, "PJSIP/2002", true, "lunch");
        assertThat(floor.ring("PJSIP/2002")).isEmpty();

        floor.pause("general", "PJSIP/2002", false, null);
        floor.ring("PJSIP/2002");
        clock.advance(Duration.ofSeconds(15));
        floor.ringNoAnswer("PJSIP/2002");

        AmiMessage noAnswer = events.stream().filter(e -> e.isEvent("AgentRingNoAnswer")).findFirst().orElseThrow();
        assertThat(noAnswer.getOrEmpty("RingTime")).isEqualTo("15000");
        assertThat(events).filteredOn(e -> e.isEvent("QueueMemberPause"))
                .extracting(e -> e.getOrEmpty("Paused") + ":" + e.getOrEmpty("PausedReason"))
                .as("queues.conf autopause = all: the ring-out pauses the member")
                .containsExactly("1:lunch", "0:", "1:Auto-Pause");
    }

    private List<String> waiting(String queue) {
        return floor.queue(queue).orElseThrow().callers.stream().map(c -> c.uniqueId).toList();
    }
}
