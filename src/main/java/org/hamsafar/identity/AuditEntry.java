package org.hamsafar.identity;

import java.time.Instant;

/** One audited action: who did what to which target, when and from where. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String target,
                         String detail, String remoteAddress) {
}
