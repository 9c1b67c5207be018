package org.hamsafar.customers;

import java.time.Instant;
import java.util.Map;

/** A customer row as stored, before identities and consent are joined to it. */
record ProfileRow(long id, Instant createdAt, Instant updatedAt, CustomerAttributes attributes,
                  Map<String, String> custom, Long mergedInto, Instant erasedAt) {
}
