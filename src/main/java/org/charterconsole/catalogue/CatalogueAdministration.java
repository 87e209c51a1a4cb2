package org.charterconsole.catalogue;

import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.audit.AuditActions;
import org.charterconsole.audit.AuditService;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.ServiceTargetsChanged;
import org.charterconsole.security.CurrentUser;
import org.charterconsole.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an administrator does with the service catalogue: add a service, change its queue, class and
 * targets, deactivate or reactivate it. Every problem is reported at once and nothing is saved while
 * there is one; every change is audited with each field before and after; once committed, the
 * catalogue reloads and the live state measures against the new targets.
 */
@org.springframework.stereotype.Service
@RolesAllowed(Roles.ADMIN)
@Transactional
public class CatalogueAdministration {

    private final ServiceRows rows;
    private final ServiceCatalogue catalogue;
    private final LiveQueues liveQueues;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogueAdministration(ServiceRows rows, ServiceCatalogue catalogue, LiveQueues liveQueues, AuditService audit,
                            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.catalogue = catalogue;
        this.liveQueues = liveQueues;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every service, active or not: priority class first, then by name. */
    @Transactional(readOnly = true)
    public List<Service> services() {
        return catalogue.services();
    }

    /** Queues a service may use: those the PBX reports now and those the catalogue already has. */
    @Transactional(readOnly = true)
    public SortedSet<String> knownQueues() {
        SortedSet<String> known = new TreeSet<>();
        liveQueues.snapshot().queues().stream().map(LiveQueue::name).forEach(known::add);
        rows.all().stream().map(Service::queueName).forEach(known::add);
        return known;
    }

    /** Known queues no service uses yet: where a new service can go. */
    @Transactional(readOnly = true)
    public SortedSet<String> queuesWithoutService() {
        SortedSet<String> free = new TreeSet<>();
        liveQueues.snapshot().queues().stream().map(LiveQueue::name).forEach(free::add);
        rows.all().stream().map(Service::queueName).forEach(free::remove);
        return free;
    }

    public CatalogueChange add(Service service) {
        Service candidate = tidy(service);
        List<ServiceProblem> problems = new ArrayList<>(ServiceRules.check(candidate));
        if (ServiceRules.code(candidate.code()).isEmpty()) {
            rows.lock(candidate.code()).ifPresent(existing -> problems.add(new ServiceProblem(ServiceField.CODE,
                    "There is already a service with code '%s' (%s)".formatted(existing.code(), existing.name()))));
        }
        queueProblem(candidate, Optional.empty()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return new CatalogueChange.Rejected(problems);
        }
        try {
            rows.insert(candidate);
        } catch (DuplicateKeyException e) {
            return new CatalogueChange.Rejected(List.of(new ServiceProblem(ServiceField.CODE,
                    "Someone else has just added a service with code '%s' or queue '%s'"
                            .formatted(candidate.code(), candidate.queueName()))));
        }
        audit.record(currentUser.actorName(), AuditActions.SERVICE_ADDED, candidate.code(),
                ServiceChanges.describe(candidate));
        reloadAfterCommit();
        return new CatalogueChange.Saved(candidate);
    }

    /**
     * Saves {@code edited} over the service as it was read ({@code asRead}); refused, saving nothing,
     * when someone else changed the service in between. The code identifies a service and cannot change.
     */
    public CatalogueChange change(Service asRead, Service edited) {
        Optional<Service> stored = rows.lock(asRead.code());
        if (stored.isEmpty()) {
            return rejected(ServiceField.SERVICE, "Service '%s' no longer exists".formatted(asRead.code()));
        }
        Service current = stored.get();
        if (!current.equals(asRead)) {
            return rejected(ServiceField.SERVICE, ("%s was changed by someone else since you opened it (%s). "
                    + "Nothing was saved: open it again to see the values now stored.")
                    .formatted(current.name(), ServiceChanges.between(asRead, current)));
        }
        Service candidate = tidy(edited);
        List<ServiceProblem> problems = new ArrayList<>();
        if (!candidate.code().equals(current.code())) {
            problems.add(new ServiceProblem(ServiceField.CODE,
                    "The code identifies the service and cannot change; add a new service instead"));
        }
        ServiceRules.check(candidate).stream().filter(p -> p.field() != ServiceField.CODE).forEach(problems::add);
        if (!candidate.queueName().equals(current.queueName())) {
            queueProblem(candidate, Optional.of(current)).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            return new CatalogueChange.Rejected(problems);
        }
        if (candidate.equals(current)) {
            return new CatalogueChange.Unchanged(current);
        }
        try {
            rows.update(candidate);
        } catch (DuplicateKeyException e) {
            return rejected(ServiceField.QUEUE,
                    "Someone else has just given queue '%s' to another service".formatted(candidate.queueName()));
        }
        audit.record(currentUser.actorName(), actionFor(current, candidate), candidate.code(),
                ServiceChanges.between(current, candidate));
        reloadAfterCommit();
        return new CatalogueChange.Saved(candidate);
    }

    /** Keeps the service and its history, but marks it out of use. */
    public CatalogueChange deactivate(Service asRead) {
        return change(asRead, asRead.withActive(false));
    }

    public CatalogueChange reactivate(Service asRead) {
        return change(asRead, asRead.withActive(true));
    }

    private Optional<ServiceProblem> queueProblem(Service candidate, Optional<Service> current) {
        String queue = candidate.queueName();
        if (ServiceRules.queue(queue).isPresent()) {
            return Optional.empty();
        }
        Optional<Service> owner = rows.byQueue(queue)
                .filter(other -> current.map(c -> !c.code().equals(other.code())).orElse(true));
        if (owner.isPresent()) {
            return Optional.of(new ServiceProblem(ServiceField.QUEUE,
                    "Queue '%s' already answers %s; each queue serves one service".formatted(queue, owner.get().name())));
        }
        LiveSnapshot live = liveQueues.snapshot();
        if (live.queue(queue).isPresent()) {
            return Optional.empty();
        }
        SortedSet<String> free = queuesWithoutService();
        String where = live.pbxConnected() ? "The phone system reports no queue '%s'".formatted(queue)
                : "The phone system is not connected, so queue '%s' cannot be checked".formatted(queue);
        String choices = free.isEmpty() ? "Every queue the phone system reports already has a service."
                : "Queues on the phone system without a service: " + String.join(", ", free) + ".";
        return Optional.of(new ServiceProblem(ServiceField.QUEUE, where
                + ". Add the queue to queues.conf and reload app_queue first. " + choices));
    }

    private static String actionFor(Service before, Service after) {
        if (before.withActive(after.active()).equals(after) && before.active() != after.active()) {
            return after.active() ? AuditActions.SERVICE_REACTIVATED : AuditActions.SERVICE_DEACTIVATED;
        }
        return AuditActions.SERVICE_CHANGED;
    }

    private static Service tidy(Service service) {
        return new Service(strip(service.code()), strip(service.name()), strip(service.queueName()),
                service.priorityClass(), service.answerWithinSeconds(), service.answeredTargetPercent(),
                service.weight(), service.callerPriority(), service.active());
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static CatalogueChange.Rejected rejected(ServiceField field, String message) {
        return new CatalogueChange.Rejected(List.of(new ServiceProblem(field, message)));
    }

    /** The new targets reach the live state (and every console and wallboard) only once they are stored. */
    private void reloadAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                catalogue.reload();
                events.publishEvent(new ServiceTargetsChanged(clock.instant()));
            }
        });
    }
}
