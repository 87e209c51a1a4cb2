package org.charterconsole.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** queues.conf: {@code autopause = all}: a handler who lets a call ring out is paused in all their queues. */
class AutoPauseTest extends QueueFloorFixture {

    @BeforeEach
    void setUp() {
        floor.defineQueue("housing", 0);
        floor.defineQueue("benefits", 0);
        floor.addMember("housing", "PJSIP/2001", "Ann", false);
        floor.addMember("benefits", "PJSIP/2001", "Ann", false);
    }

    @Test
    void a_ring_out_pauses_the_handler_in_every_queue_after_the_ring_no_answer() {
        floor.join("housing", "07700900001", "A", 0);
        floor.ring("PJSIP/2001");
        clock.advance(Duration.ofSeconds(15));
        events.clear();

        floor.ringNoAnswer("PJSIP/2001");

        assertThat(events).extracting(e -> e.getOrEmpty("Event") + " " + e.getOrEmpty("Queue"))
                .startsWith("AgentRingNoAnswer housing", "QueueMemberPause benefits", "QueueMemberPause housing");
        assertThat(events).filteredOn(e -> e.isEvent("QueueMemberPause"))
                .allMatch(e -> e.getOrEmpty("Paused").equals("1") && e.getOrEmpty("PausedReason").equals("Auto-Pause"));
        assertThat(floor.membershipsOf("PJSIP/2001")).allMatch(member -> member.paused);
    }

    @Test
    void an_auto_paused_handler_is_offered_no_caller_until_unpaused() {
        String caller = floor.join("housing", "07700900001", "A", 0).uniqueId;
        floor.ring("PJSIP/2001");
        floor.ringNoAnswer("PJSIP/2001");

        assertThat(floor.ring("PJSIP/2001")).isEmpty();

        floor.pause(null, "PJSIP/2001", false, null);
        assertThat(floor.ring("PJSIP/2001")).map(c -> c.uniqueId).contains(caller);
    }
}
