package org.charterconsole.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A queued caller pressing the call-back key, as app_queue and the shipped dialplan handle it. */
class CallbackKeyTest extends QueueFloorFixture {

    @BeforeEach
    void setUp() {
        floor.defineQueue("housing", 0);
    }

    @Test
    void the_caller_leaves_through_the_exit_context_without_an_abandon_then_the_dialplan_asks_for_the_call_back() {
        String leaving = floor.join("housing", "07700900051", "A", 0).uniqueId;
        String staying = floor.join("housing", "07700900052", "B", 0).uniqueId;
        clock.advance(Duration.ofSeconds(40));
        events.clear();

        assertThat(floor.pressCallbackKey(leaving)).isTrue();

        assertThat(events).extracting(e -> e.getOrEmpty("Event") + " " + e.getOrEmpty("UserEvent"))
                .containsExactly("QueueCallerLeave ", "UserEvent CallbackRequested");
        assertThat(events.get(0).getOrEmpty("Position")).isEqualTo("1");
        assertThat(events.get(0).getOrEmpty("Count")).isEqualTo("1");
        assertThat(events.get(1).getOrEmpty("Uniqueid")).isEqualTo(leaving);
        assertThat(events.get(1).getOrEmpty("Queue")).isEqualTo("housing");
        SimQueue housing = floor.queue("housing").orElseThrow();
        assertThat(housing.abandoned).as("app_queue counts no abandon for an exit key").isZero();
        assertThat(housing.callers).extracting(c -> c.uniqueId).containsExactly(staying);
        assertThat(floor.caller(leaving)).isEmpty();
    }

    @Test
    void the_call_back_request_has_the_headers_asterisk_22_sent_in_their_order() throws IOException {
        String caller = floor.join("housing", "07700900051", "A", 0).uniqueId;
        events.clear();

        floor.pressCallbackKey(caller);

        AmiMessage request = events.get(events.size() - 1);
        assertThat(request.keys()).containsExactlyElementsOf(capturedCallbackRequestKeys());
        assertThat(request.getOrEmpty("Privilege")).isEqualTo("user,all");
        assertThat(request.getOrEmpty("Context")).as("raised in the shipped dialplan's context").isEqualTo("council-callback");
        assertThat(request.toWire()).endsWith("UserEvent: CallbackRequested\r\nQueue: housing\r\nCallerIDNum: 07700900051\r\n\r\n");
    }

    @Test
    void a_caller_whose_call_is_ringing_a_handler_stops_the_ringing_without_a_ring_no_answer() {
        floor.addMember("housing", "PJSIP/2001", "Ann", false);
        String caller = floor.join("housing", "07700900051", "A", 0).uniqueId;
        floor.ring("PJSIP/2001");
        events.clear();

        floor.pressCallbackKey(caller);

        assertThat(floor.device("PJSIP/2001").orElseThrow().idle()).isTrue();
        assertThat(events).extracting(e -> e.getOrEmpty("Event"))
                .containsExactly("QueueMemberStatus", "QueueCallerLeave", "UserEvent");
        assertThat(events.get(0).getOrEmpty("Status")).isEqualTo("1");
        assertThat(floor.membershipsOf("PJSIP/2001")).noneMatch(member -> member.paused);
    }

    @Test
    void the_key_does_nothing_while_the_caller_is_out_of_the_queue_for_the_wait_message() {
        SimCaller caller = floor.join("housing", "07700900051", "A", 0);
        floor.stepOut(caller);
        events.clear();

        assertThat(floor.pressCallbackKey(caller.uniqueId)).isFalse();

        assertThat(events).isEmpty();
        assertThat(floor.caller(caller.uniqueId)).isPresent();
    }

    /** The header names of the CallbackRequested UserEvent in the Asterisk 22 capture (fixtures/ami/07). */
    private static List<String> capturedCallbackRequestKeys() throws IOException {
        try (InputStream in = CallbackKeyTest.class.getResourceAsStream("/ami/07-dialplan-userevents.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\r?\n\r?\n"))
                    .filter(block -> block.contains("<<< UserEvent: CallbackRequested"))
                    .findFirst().orElseThrow().lines()
                    .filter(line -> line.startsWith("<<< "))
                    .map(line -> line.substring(4, line.indexOf(':')))
                    .toList();
        }
    }
}
