package org.hamsafar.customers;

import java.time.Instant;

/** One line of a customer list. */
public record CustomerSummary(long id, String name, String externalId, String email, String phone, String city,
                              Instant createdAt) {
}
