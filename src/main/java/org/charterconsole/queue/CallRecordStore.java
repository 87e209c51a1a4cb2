package org.charterconsole.queue;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Writes call records as one multi-row upsert. Idempotent, and an outcome never moves backwards:
 * every column but the outcome changes only when the incoming outcome ranks at least as high,
 * and {@code outcome} is assigned last because MariaDB applies the assignments in order. The
 * estimate a caller was given on joining is written once: the first value stays.
 */
@Repository
public class CallRecordStore {

    private static final String RANK_OF_STORED =
            "FIELD(outcome, 'WAITING', 'UNKNOWN', 'ABANDONED', 'CALLBACK', 'ANSWERED')";
    private static final String RANK_OF_NEW =
            "FIELD(VALUES(outcome), 'WAITING', 'UNKNOWN', 'ABANDONED', 'CALLBACK', 'ANSWERED')";
    private static final String NOT_BACKWARDS = RANK_OF_NEW + " >= " + RANK_OF_STORED;

    private static final String INSERT = """
            INSERT INTO call_record (unique_id, queue_name, caller_number, service, priority_class, joined_at,
                left_at, outcome, wait_seconds, talk_seconds, agent_interface, answered_within_target,
                estimated_wait_seconds)
            VALUES """;
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ON_DUPLICATE = """
             ON DUPLICATE KEY UPDATE
                caller_number = IF(caller_number IS NULL OR caller_number = '', VALUES(caller_number), caller_number),
                estimated_wait_seconds = COALESCE(estimated_wait_seconds, VALUES(estimated_wait_seconds)),
                left_at = IF(%1$s, COALESCE(VALUES(left_at), left_at), left_at),
                wait_seconds = IF(%1$s, VALUES(wait_seconds), wait_seconds),
                talk_seconds = GREATEST(talk_seconds, IF(%1$s, VALUES(talk_seconds), 0)),
                agent_interface = IF(%1$s, COALESCE(VALUES(agent_interface), agent_interface), agent_interface),
                answered_within_target = IF(%1$s, VALUES(answered_within_target), answered_within_target),
                outcome = IF(%1$s, VALUES(outcome), outcome)""".formatted(NOT_BACKWARDS);

    private final JdbcTemplate jdbc;

    public CallRecordStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(Collection<CallRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(INSERT);
        List<Object> args = new ArrayList<>(records.size() * 13);
        for (CallRecord r : records) {
            if (!args.isEmpty()) {
                sql.append(", ");
            }
            sql.append(ROW);
            args.add(r.uniqueId());
            args.add(r.queue());
            args.add(r.callerNumber().isEmpty() ? null : r.callerNumber());
            args.add(r.service());
            args.add(r.priorityClass().name());
            args.add(utc(r.joinedAt()));
            args.add(r.leftAt().map(CallRecordStore::utc).orElse(null));
            args.add(r.outcome().name());
            args.add(r.waitSeconds());
            args.add(r.talkSeconds());
            args.add(r.agentInterface().orElse(null));
            args.add(r.answeredWithinTarget());
            args.add(r.estimatedWaitSeconds().orElse(null));
        }
        sql.append(ON_DUPLICATE);
        jdbc.update(sql.toString(), args.toArray());
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
