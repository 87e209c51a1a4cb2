package org.charterconsole.catalogue;

import org.charterconsole.queue.PriorityClass;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The {@code service} table, for the catalogue's reads and the administration's writes. */
@Component
class ServiceRows {

    private static final String COLUMNS = "code, name, queue_name, priority_class, answer_within_seconds, "
            + "answered_target_pct, weight, caller_priority, active";
    private static final RowMapper<Service> SERVICE = (rs, row) -> new Service(
            rs.getString("code"), rs.getString("name"), rs.getString("queue_name"),
            PriorityClass.valueOf(rs.getString("priority_class")),
            rs.getInt("answer_within_seconds"), rs.getInt("answered_target_pct"),
            rs.getInt("weight"), rs.getInt("caller_priority"), rs.getBoolean("active"));

    private final JdbcTemplate jdbc;

    ServiceRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Service> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM service", SERVICE);
    }

    /** The service as stored now, its row locked until the transaction ends (a concurrent edit waits). */
    Optional<Service> lock(String code) {
        return jdbc.query("SELECT " + COLUMNS + " FROM service WHERE code = ? FOR UPDATE", SERVICE, code)
                .stream().findFirst();
    }

    Optional<Service> byQueue(String queue) {
        return jdbc.query("SELECT " + COLUMNS + " FROM service WHERE queue_name = ?", SERVICE, queue)
                .stream().findFirst();
    }

    void insert(Service service) {
        jdbc.update("INSERT INTO service (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                service.code(), service.name(), service.queueName(), service.priorityClass().name(),
                service.answerWithinSeconds(), service.answeredTargetPercent(), service.weight(),
                service.callerPriority(), service.active());
    }

    void update(Service service) {
        jdbc.update("""
                        UPDATE service SET name = ?, queue_name = ?, priority_class = ?, answer_within_seconds = ?,
                            answered_target_pct = ?, weight = ?, caller_priority = ?, active = ?
                        WHERE code = ?""",
                service.name(), service.queueName(), service.priorityClass().name(), service.answerWithinSeconds(),
                service.answeredTargetPercent(), service.weight(), service.callerPriority(), service.active(),
                service.code());
    }
}
