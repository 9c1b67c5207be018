package org.hamsafar.customers;

import java.util.List;

/**
 * How an incoming record names its customer: a profile id, identities, or both. The identities are
 * normalised ({@link IdentityNormalizer}). {@code trusted} is false for data from a source anyone
 * may imitate (an ingest key embedded in a web page): such a claim may not name a profile by id and
 * may not join two known customers, so a copied key cannot take over someone's profile.
 */
public record IdentityClaim(Long customerId, List<CustomerIdentity> identities, boolean trusted) {
    public IdentityClaim {
        identities = identities == null ? List.of() : List.copyOf(identities);
        if (customerId == null && identities.isEmpty()) {
            throw new IllegalArgumentException("A claim needs a customer id or an identity");
        }
    }

    /** A claim from a trusted source (server-side integrations, imports by admins). */
    public IdentityClaim(Long customerId, List<CustomerIdentity> identities) {
        this(customerId, identities, true);
    }

    /** The same claim, marked as coming from a source that may be imitated. */
    public IdentityClaim untrusted() {
        return new IdentityClaim(customerId, identities, false);
    }

    /** The identity that best names the customer, as "kind:value": a profile id, then external id, email, phone, anonymous id. */
    public String strongestIdentity() {
        if (customerId != null) {
            return "customer_id:" + customerId;
        }
        CustomerIdentity strongest = null;
        for (CustomerIdentity identity : identities) { // once per ingested event: a loop, not a stream
            if (strongest == null || identity.kind().compareTo(strongest.kind()) < 0) {
                strongest = identity;
            }
        }
        return strongest == null ? null : strongest.key();
    }
}
