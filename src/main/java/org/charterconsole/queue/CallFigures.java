package org.charterconsole.queue;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts settled call records per queue (callers still waiting are the live state's to count). */
@Repository
public class CallFigures {

    private static final String TALLY = """
            SELECT queue_name,
                   COUNT(*) AS settled,
                   SUM(outcome = 'ANSWERED') AS answered,
                   SUM(outcome = 'ABANDONED') AS abandoned,
                   SUM(outcome = 'CALLBACK') AS callbacks,
                   SUM(outcome = 'ANSWERED' AND answered_within_target) AS within_target,
                   COALESCE(AVG(CASE WHEN outcome = 'ANSWERED' AND talk_seconds > 0 THEN talk_seconds END), 0) AS talk
            FROM call_record
            WHERE joined_at >= ? AND joined_at < ? AND outcome <> 'WAITING'
            GROUP BY queue_name""";

    private final JdbcTemplate jdbc;

    public CallFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Calls that joined in {@code [from, to)}, by queue. */
    public Map<String, CallTally> settledBetween(Instant from, Instant to) {
        Map<String, CallTally> tallies = new LinkedHashMap<>();
        jdbc.query(TALLY, rs -> {
            String queue = rs.getString("queue_name");
            tallies.put(queue, new CallTally(queue, rs.getLong("settled"), rs.getLong("answered"),
                    rs.getLong("abandoned"), rs.getLong("callbacks"), rs.getLong("within_target"),
                    rs.getDouble("talk")));
        }, CallRecordStore.utc(from), CallRecordStore.utc(to));
        return tallies;
    }
}
