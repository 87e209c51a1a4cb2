package org.charterconsole.queue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@QueueDatabaseTest
class CallerNumberRetentionIT {

    private static final Instant NOW = Instant.parse("2032-06-01T09:00:00Z");

    private final CallRecordStore store;
    private final JdbcTemplate jdbc;

    @Autowired
    CallerNumberRetentionIT(CallRecordStore store, JdbcTemplate jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    private CallRecord call(String id, Instant joinedAt) {
        return new CallRecord(id, "retention", "07700900123", "General", PriorityClass.STANDARD, joinedAt,
                Optional.of(joinedAt.plusSeconds(30)), CallOutcome.ABANDONED, 30, 0, Optional.empty(), false);
    }

    @Test
    void numbersOlderThanTheRetentionAreErasedAndTheRecordsKept() {
        String prefix = "ret-" + System.nanoTime() + "-";
        store.upsert(List.of(call(prefix + "old", NOW.minus(Duration.ofDays(91))),
                call(prefix + "new", NOW.minus(Duration.ofDays(89)))));
        CallerNumberRetention retention = new CallerNumberRetention(jdbc, Clock.fixed(NOW, ZoneId.of("Europe/London")),
                new CallRecordProperties(Duration.ofDays(90)));

        assertThat(retention.eraseExpiredNumbers()).isPositive();

        assertThat(jdbc.queryForList("SELECT caller_number FROM call_record WHERE unique_id LIKE ? ORDER BY unique_id",
                String.class, prefix + "%")).containsExactly("07700900123", null);
        assertThat(jdbc.queryForObject("SELECT outcome FROM call_record WHERE unique_id = ?", String.class,
                prefix + "old")).isEqualTo("ABANDONED");
    }
}
