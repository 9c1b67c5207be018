package org.hamsafar.customers;

import java.time.Instant;
import java.util.List;

/** A customer's profile as other modules see it. */
public record CustomerProfile(long id, Instant createdAt, Instant updatedAt, CustomerAttributes attributes,
                              List<CustomerIdentity> identities) {
}
