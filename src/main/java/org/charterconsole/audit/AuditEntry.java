package org.charterconsole.audit;

import java.time.Instant;

/**
 * One change of state: who did what to which thing, and when.
 *
 * @param actor   username, or {@code system} for work without a signed-in user
 * @param action  what happened, e.g. {@code USER_CREATED}; see {@link AuditActions} for the common ones
 * @param subject what it happened to, e.g. a username, queue name or call-back reference
 * @param detail  free text; never passwords, caller numbers only masked
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String detail) {
}
