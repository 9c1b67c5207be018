package org.hamsafar.customers;

import java.time.Instant;
import java.util.List;

/**
 * A merge of {@code mergedId} into {@code survivorId}: when, by whom, why ("identity_match",
 * "anonymous_stitch", "manual"), the identities that moved, and whether it was undone.
 */
public record MergeRecord(long id, long survivorId, long mergedId, Instant mergedAt, String actor, String reason,
                          List<CustomerIdentity> identities, Instant undoneAt, String undoneBy) {
}
