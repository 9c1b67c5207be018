package org.hamsafar.customers;

import java.time.Instant;
import java.util.List;

/**
 * A customer to register: identities (at least one), attributes, consent given so far; {@code since}
 * is when they became a customer.
 */
public record NewCustomer(List<CustomerIdentity> identities, CustomerAttributes attributes, Instant since,
                          List<ConsentChange> consent) {
    public NewCustomer {
        if (identities == null || identities.isEmpty()) {
            throw new IllegalArgumentException("A customer needs at least one identity");
        }
        identities = List.copyOf(identities);
        consent = consent == null ? List.of() : List.copyOf(consent);
    }
}
