package org.charterconsole.telephony;

import org.charterconsole.SimulatedConsoleTest;
import org.charterconsole.pbx.PbxLink;
import org.charterconsole.queue.CallRecordWriter;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.WaitingCaller;
import org.charterconsole.simulator.PbxSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The PBX goes away mid-queue and comes back: the console notices, reconnects by itself,
 * rebuilds its state from QueueStatus, and every caller keeps exactly one call record.
 */
@SimulatedConsoleTest
class PbxRestartIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private PbxSimulator simulator;
    @Autowired
    private PbxLink link;
    @Autowired
    private LiveQueues liveQueues;
    @Autowired
    private CallRecordWriter recordWriter;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void afterARestartTheQueueIsRebuiltAndNoRecordIsLostOrDuplicated() {
        await().atMost(PATIENCE).until(() -> link.status().connected());
        String leavesDuringOutage = simulator.joinCaller("waste", "07700900021", 0);
        String answeredAfter = simulator.joinCaller("waste", "07700900022", 0);
        awaitWaiting(List.of(leavesDuringOutage, answeredAfter));

        simulator.stopAmi();
        await().atMost(PATIENCE).until(() -> !link.status().connected() && !liveQueues.snapshot().pbxConnected());
        simulator.hangUp(leavesDuringOutage);
        String joinedDuringOutage = simulator.joinCaller("waste", "07700900023", 0);
        simulator.startAmi();

        await().atMost(PATIENCE).until(() -> link.status().connected() && liveQueues.snapshot().pbxConnected());
        awaitWaiting(List.of(answeredAfter, joinedDuringOutage));

        simulator.addMember("waste", "PJSIP/2021", "Agent Twenty-One");
        simulator.answerNext("PJSIP/2021");
        awaitWaiting(List.of(joinedDuringOutage));
        simulator.completeCall("PJSIP/2021");

        await().atMost(PATIENCE).untilAsserted(() -> {
            recordWriter.flush();
            assertThat(recordsOf(leavesDuringOutage)).singleElement().isIn("UNKNOWN", "ABANDONED");
            assertThat(recordsOf(answeredAfter)).containsExactly("ANSWERED");
            assertThat(recordsOf(joinedDuringOutage)).containsExactly("WAITING");
        });
    }

    @Test
    void aSilentlyDeadLinkIsNoticedAndReplaced() {
        await().atMost(PATIENCE).until(() -> link.status().connected());
        long eventsBefore = link.status().eventsReceived();

        simulator.freezeAmi();
        await().atMost(PATIENCE).until(() -> !link.status().connected());
        simulator.unfreezeAmi();

        await().atMost(PATIENCE).until(() -> link.status().connected());
        String caller = simulator.joinCaller("waste", "07700900031", 0);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(waiting().stream().map(WaitingCaller::uniqueId))
                .contains(caller));
        assertThat(link.status().eventsReceived()).isGreaterThan(eventsBefore);
        simulator.hangUp(caller);
    }

    private void awaitWaiting(List<String> uniqueIdsInOrder) {
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(waiting().stream().map(WaitingCaller::uniqueId).toList())
                        .containsExactlyElementsOf(uniqueIdsInOrder));
    }

    private List<WaitingCaller> waiting() {
        return liveQueues.snapshot().queue("waste").map(LiveQueue::waiting).orElse(List.of());
    }

    private List<String> recordsOf(String uniqueId) {
        return jdbc.queryForList("select outcome from call_record where unique_id = ? and queue_name = 'waste'",
                String.class, uniqueId);
    }
}
