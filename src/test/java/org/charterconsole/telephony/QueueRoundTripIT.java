package org.charterconsole.telephony;

import org.charterconsole.SimulatedConsoleTest;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Callers and agents driven at the simulated PBX, seen by the console over real TCP and AMI:
 * the live positions and the call records that result.
 */
@SimulatedConsoleTest
class QueueRoundTripIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    private PbxSimulator simulator;
    @Autowired
    private LiveQueues liveQueues;
    @Autowired
    private CallRecordWriter recordWriter;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void joinAbandonAndAnswerGiveThePositionsAndRecordsAsteriskWould() {
        String first = simulator.joinCaller("housing", "07700900001", 0);
        String second = simulator.joinCaller("housing", "07700900002", 0);
        String third = simulator.joinCaller("housing", "07700900003", 0);
        awaitWaiting("housing", List.of(first, second, third));
        assertThat(positions("housing")).containsExactly(1, 2, 3);

        simulator.hangUp(second);
        awaitWaiting("housing", List.of(first, third));
        assertThat(positions("housing")).containsExactly(1, 2);

        simulator.addMember("housing", "PJSIP/2020", "Agent Twenty");
        simulator.answerNext("PJSIP/2020");
        awaitWaiting("housing", List.of(third));
        assertThat(positions("housing")).containsExactly(1);
        simulator.completeCall("PJSIP/2020");

        await().atMost(PATIENCE).untilAsserted(() -> {
            recordWriter.flush();
            assertThat(outcomes(first, second, third)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    first, "ANSWERED", second, "ABANDONED", third, "WAITING"));
        });
        Map<String, Object> answered = jdbc.queryForMap(
                "select agent_interface, caller_number from call_record where unique_id = ?", first);
        assertThat(answered.get("agent_interface")).isEqualTo("PJSIP/2020");
        assertThat(answered.get("caller_number")).isEqualTo("07700900001");
    }

    @Test
    void aHigherQueuePriorityCallerIsPlacedAheadAsAppQueueDoes() {
        String early = simulator.joinCaller("highways", "07700900011", 0);
        String later = simulator.joinCaller("highways", "07700900012", 0);
        String urgent = simulator.joinCaller("highways", "07700900013", 10);

        awaitWaiting("highways", List.of(urgent, early, later));
        assertThat(positions("highways")).containsExactly(1, 2, 3);
    }

    @Test
    void aCallerPressingTheCallBackKeyIsRecordedOnceAsACallBack() {
        String leaving = simulator.joinCaller("business-rates", "07700900021", 0);
        String staying = simulator.joinCaller("business-rates", "07700900022", 0);
        awaitWaiting("business-rates", List.of(leaving, staying));

        assertThat(simulator.requestCallback(leaving)).isTrue();

        awaitWaiting("business-rates", List.of(staying));
        assertThat(positions("business-rates")).containsExactly(1);
        await().atMost(PATIENCE).untilAsserted(() -> {
            recordWriter.flush();
            // one record per call: a second row would show as "CALLBACK+..."
            assertThat(outcomes(leaving, staying)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    leaving, "CALLBACK", staying, "WAITING"));
        });
    }

    private void awaitWaiting(String queue, List<String> uniqueIdsInOrder) {
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(waiting(queue).stream().map(WaitingCaller::uniqueId).toList())
                        .containsExactlyElementsOf(uniqueIdsInOrder));
    }

    private List<Integer> positions(String queue) {
        return waiting(queue).stream().map(WaitingCaller::position).toList();
    }

    private List<WaitingCaller> waiting(String queue) {
        return liveQueues.snapshot().queue(queue).map(LiveQueue::waiting).orElse(List.of());
    }

    private Map<String, String> outcomes(String... uniqueIds) {
        Map<String, String> outcomes = new java.util.HashMap<>();
        for (String uniqueId : uniqueIds) {
            jdbc.query("select outcome from call_record where unique_id = ?",
                    row -> {
                        outcomes.merge(uniqueId, row.getString("outcome"), (a, b) -> a + "+" + b);
                    }, uniqueId);
        }
        return outcomes;
    }
}
