package org.charterconsole.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The audit trail: every change of state is recorded here (who, when, what).
 * Each entry is written in its own transaction, so it stays even when the caller's work rolls back
 * (a failed login has no transaction of its own to commit).
 */
@Service
public class AuditService {

    static final int MAX_SUBJECT = 255;
    static final int MAX_DETAIL = 2000;
    static final int MAX_NAME = 64;

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditService(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry record(String actor, String action, String subject, String detail) {
        AuditEntryRow row = new AuditEntryRow(clock.instant(), cut(required(actor, "actor"), MAX_NAME),
                cut(required(action, "action"), MAX_NAME), cut(subject == null ? "" : subject, MAX_SUBJECT),
                detail == null ? null : cut(detail, MAX_DETAIL));
        return entries.save(row).toEntry();
    }

    /** The newest {@code n} entries, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int n) {
        if (n <= 0) {
            return List.of();
        }
        return entries.findAllByOrderByIdDesc(PageRequest.of(0, n)).stream().map(AuditEntryRow::toEntry).toList();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs an " + name);
        }
        return value;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
