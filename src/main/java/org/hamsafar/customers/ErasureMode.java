package org.hamsafar.customers;

/**
 * How a customer's data is erased. ANONYMIZE removes personal data and identities and keeps
 * de-identified facts (event types, channels, times, values) for aggregates; DELETE removes all of it.
 */
public enum ErasureMode {
    ANONYMIZE, DELETE
}
