package org.hamsafar.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.store.WriteTransactions;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Owners of identities are found alike by a short query and by the staged join used for many. */
@Tag("store")
@HamsafarTest
class IdentityOwnersTest {
    @Autowired
    IdentityRepository identities;
    @Autowired
    WriteTransactions writes;

    @Test
    void manyIdentitiesAreFoundThroughTheStageAndAFewThroughTheQuery() {
        Map<CustomerIdentity, Long> stored = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            IdentityKind kind = i % 3 == 0 ? IdentityKind.EMAIL : i % 3 == 1 ? IdentityKind.EXTERNAL_ID : IdentityKind.PHONE;
            String value = switch (kind) {
                case EMAIL -> "owners-test-" + i + "@example.org";
                case PHONE -> "+98935" + String.format("%07d", 8_880_000 + i);
                default -> "OWNERS-TEST-" + i;
            };
            stored.put(new CustomerIdentity(kind, value), 9_000_000L + i / 2);
        }
        writes.run(() -> identities.insertAll(stored, Instant.parse("2026-05-01T00:00:00Z")));
        List<CustomerIdentity> asked = new ArrayList<>(stored.keySet());
        // the same value under another kind, and values nobody has
        asked.add(new CustomerIdentity(IdentityKind.EXTERNAL_ID, "owners-test-0@example.org"));
        asked.add(new CustomerIdentity(IdentityKind.EMAIL, "owners-test-nobody@example.org"));
        asked.add(new CustomerIdentity(IdentityKind.ANONYMOUS_ID, "OWNERS-TEST-1"));

        Map<CustomerIdentity, Long> many = writes.run(() -> identities.ownersOf(asked));
        Map<CustomerIdentity, Long> few = writes.run(() -> identities.ownersOf(List.of(asked.get(0), asked.get(1), asked.get(302))));

        assertThat(many).isEqualTo(stored);
        assertThat(few).containsExactlyInAnyOrderEntriesOf(Map.of(asked.get(0), 9_000_000L, asked.get(1), 9_000_000L));
    }
}
