package org.charterconsole.queue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The estimate a caller was given on joining, in its own column: written once, never overwritten. */
@QueueDatabaseTest
class CallRecordEstimateIT {

    private static final Instant JOINED = Instant.parse("2026-11-30T12:00:00Z");

    @Autowired
    private CallRecordStore store;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theFirstEstimateStaysThroughLaterVersionsAndReplays() {
        String id = "est-" + System.nanoTime();
        store.upsert(List.of(record(id, CallOutcome.WAITING, 0, Optional.empty())));
        assertThat(estimateOf(id)).isNull();

        store.upsert(List.of(record(id, CallOutcome.WAITING, 0, Optional.of(95L))));
        store.upsert(List.of(record(id, CallOutcome.ANSWERED, 120, Optional.of(300L))));
        store.upsert(List.of(record(id, CallOutcome.ANSWERED, 120, Optional.empty())));
        store.upsert(List.of(record(id, CallOutcome.ANSWERED, 120, Optional.of(95L))));

        assertThat(estimateOf(id)).isEqualTo(95L);
        assertThat(jdbc.queryForObject("SELECT wait_seconds FROM call_record WHERE unique_id = ?", Long.class, id))
                .isEqualTo(120L);
    }

    @Test
    void aCallWithNoEstimateKeepsTheColumnEmpty() {
        String id = "none-" + System.nanoTime();
        store.upsert(List.of(record(id, CallOutcome.ABANDONED, 30, Optional.empty())));

        assertThat(estimateOf(id)).isNull();
    }

    private Long estimateOf(String uniqueId) {
        return jdbc.queryForObject("SELECT estimated_wait_seconds FROM call_record WHERE unique_id = ?",
                Long.class, uniqueId);
    }

    private static CallRecord record(String uniqueId, CallOutcome outcome, long wait, Optional<Long> estimate) {
        return new CallRecord(uniqueId, "housing", "07700900123", "Housing", PriorityClass.STANDARD, JOINED,
                outcome == CallOutcome.WAITING ? Optional.empty() : Optional.of(JOINED.plusSeconds(wait)), outcome,
                wait, 0, Optional.empty(), false, estimate);
    }
}
