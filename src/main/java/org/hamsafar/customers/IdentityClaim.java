package org.hamsafar.customers;

import java.util.List;

/**
 * How an incoming record names its customer: a profile id, identities, or both. The identities are
 * normalised ({@link IdentityNormalizer}).
 */
public record IdentityClaim(Long customerId, List<CustomerIdentity> identities) {
    public IdentityClaim {
        identities = identities == null ? List.of() : List.copyOf(identities);
        if (customerId == null && identities.isEmpty()) {
            throw new IllegalArgumentException("A claim needs a customer id or an identity");
        }
    }

    /** The identity that best names the customer, as "kind:value": a profile id, then external id, email, phone, anonymous id. */
    public String strongestIdentity() {
        if (customerId != null) {
            return "customer_id:" + customerId;
        }
        return identities.stream().min(java.util.Comparator.comparing(CustomerIdentity::kind))
                .map(CustomerIdentity::key).orElse(null);
    }
}
