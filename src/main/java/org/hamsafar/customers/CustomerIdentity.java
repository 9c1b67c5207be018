package org.hamsafar.customers;

/** One identity of a customer, already normalised (see {@link IdentityNormalizer}). */
public record CustomerIdentity(IdentityKind kind, String value) {
    public CustomerIdentity {
        if (kind == null || value == null || value.isBlank()) {
            throw new IllegalArgumentException("An identity needs a kind and a value");
        }
    }

    /** "kind:value", the form events record as their source identity. */
    public String key() {
        return kind.key() + ":" + value;
    }

    public boolean anonymous() {
        return kind == IdentityKind.ANONYMOUS_ID;
    }
}
