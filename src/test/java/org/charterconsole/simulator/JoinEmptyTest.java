package org.charterconsole.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** queues.conf: {@code joinempty = unavailable,invalid,unknown}: no caller joins a queue nobody could answer. */
class JoinEmptyTest extends QueueFloorFixture {

    @BeforeEach
    void setUp() {
        floor.defineQueue("housing", 0);
    }

    @Test
    void a_caller_of_a_queue_nobody_is_logged_in_to_is_turned_away_with_only_joinempty() {
        var attempt = floor.joinUnlessEmpty("housing", "07700900001", "A", 0, clock.instant());

        assertThat(attempt.joined()).isFalse();
        assertThat(events).extracting(e -> e.getOrEmpty("Event") + " " + e.getOrEmpty("Variable") + "="
                + e.getOrEmpty("Value")).containsExactly("VarSet QUEUESTATUS=JOINEMPTY");
        assertThat(events.get(0).getOrEmpty("Uniqueid")).isEqualTo(attempt.caller().uniqueId);
        assertThat(floor.queue("housing").orElseThrow().callers).isEmpty();
        assertThat(floor.caller(attempt.caller().uniqueId)).isEmpty();
    }

    @Test
    void a_queue_whose_only_member_is_paused_still_takes_callers() {
        floor.addMember("housing", "PJSIP/2001", "Ann", true);
        events.clear();

        var attempt = floor.joinUnlessEmpty("housing", "07700900001", "A", 0, clock.instant());

        assertThat(attempt.joined()).isTrue();
        assertThat(events).extracting(e -> e.getOrEmpty("Event")).containsExactly("QueueCallerJoin");
        assertThat(floor.queue("housing").orElseThrow().callers).extracting(c -> c.uniqueId)
                .containsExactly(attempt.caller().uniqueId);
    }
}
