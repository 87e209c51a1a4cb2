package org.charterconsole.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "audit_entry")
class AuditEntryRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(length = 2000)
    private String detail;

    protected AuditEntryRow() {
    }

    AuditEntryRow(Instant at, String actor, String action, String subject, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, at, actor, action, subject, detail);
    }
}
