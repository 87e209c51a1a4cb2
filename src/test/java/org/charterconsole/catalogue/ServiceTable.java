package org.charterconsole.catalogue;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

/**
 * The {@code service} table as a test found it, put back afterwards: every test class in a run shares
 * one database, and others expect the seeded catalogue.
 */
public final class ServiceTable {

    private final JdbcTemplate jdbc;
    private final List<Map<String, Object>> rows;

    private ServiceTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = jdbc.queryForList("SELECT * FROM service");
    }

    public static ServiceTable remember(JdbcTemplate jdbc) {
        return new ServiceTable(jdbc);
    }

    /** Deletes added services and restores every remembered one; then reload the catalogue. */
    public void restore() {
        List<Object> codes = rows.stream().map(row -> row.get("code")).toList();
        jdbc.query("SELECT code FROM service", (rs, n) -> rs.getString(1)).stream()
                .filter(code -> !codes.contains(code))
                .forEach(code -> jdbc.update("DELETE FROM service WHERE code = ?", code));
        for (Map<String, Object> row : rows) {
            jdbc.update("""
                            UPDATE service SET name = ?, queue_name = ?, priority_class = ?, answer_within_seconds = ?,
                                answered_target_pct = ?, weight = ?, caller_priority = ?, active = ?
                            WHERE code = ?""",
                    row.get("name"), row.get("queue_name"), row.get("priority_class"),
                    row.get("answer_within_seconds"), row.get("answered_target_pct"), row.get("weight"),
                    row.get("caller_priority"), row.get("active"), row.get("code"));
        }
    }

    /** A service's stored values, straight from the table. */
    public Map<String, Object> row(String code) {
        return jdbc.queryForMap("SELECT * FROM service WHERE code = ?", code);
    }

    public long auditEntriesAbout(String subject) {
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE subject = ? AND action LIKE 'SERVICE\\_%'", Long.class, subject);
        return count == null ? 0 : count;
    }
}
