package org.hamsafar.customers;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A customer's profile as other modules see it. {@code erasedAt} is set once personal data was erased. */
public record CustomerProfile(long id, Instant createdAt, Instant updatedAt, CustomerAttributes attributes,
                              Map<String, String> custom, List<CustomerIdentity> identities,
                              List<ConsentState> consent, Instant erasedAt) {
}
