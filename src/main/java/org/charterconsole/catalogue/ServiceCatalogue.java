package org.charterconsole.catalogue;

import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.ServiceTarget;
import org.charterconsole.queue.ServiceTargets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The services and their targets, read from the database once and kept in memory: the live
 * state asks for a queue's targets on every event. Call {@link #reload()} after an edit.
 */
@Component
public class ServiceCatalogue implements ServiceTargets {

    private static final String SELECT = """
            SELECT code, name, queue_name, priority_class, answer_within_seconds, answered_target_pct, weight, caller_priority, active
            FROM service""";

    private final JdbcTemplate jdbc;
    private volatile List<Service> services;

    ServiceCatalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every service, active or not: priority class first, then by name. */
    public List<Service> services() {
        List<Service> loaded = services;
        if (loaded == null) {
            loaded = reload();
        }
        return loaded;
    }

    public Optional<Service> byQueue(String queue) {
        return services().stream().filter(s -> s.queueName().equals(queue)).findFirst();
    }

    public Optional<Service> byCode(String code) {
        return services().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public synchronized List<Service> reload() {
        List<Service> loaded = jdbc.query(SELECT, (rs, row) -> new Service(
                        rs.getString("code"), rs.getString("name"), rs.getString("queue_name"),
                        PriorityClass.valueOf(rs.getString("priority_class")),
                        rs.getInt("answer_within_seconds"), rs.getInt("answered_target_pct"),
                        rs.getInt("weight"), rs.getInt("caller_priority"), rs.getBoolean("active")))
                .stream()
                .sorted(Comparator.comparing(Service::priorityClass).thenComparing(Service::name))
                .toList();
        services = loaded;
        return loaded;
    }

    @Override
    public ServiceTarget forQueue(String queue) {
        return byQueue(queue).map(Service::target).orElseGet(() -> ServiceTarget.standardFor(queue));
    }
}
