package org.hamsafar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamsafar.shared.store.SqlDialect;
import org.junit.jupiter.api.Test;

class StoredEventIdsTest {
    private static List<UUID> ids(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }
        return ids;
    }

    @Test
    void everyStoredIdMayBeStoredAndFalsePositivesFollowTheBloomFormula() {
        StoredEventIds filter = new StoredEventIds(SqlDialect.DUCKDB, 1);
        List<UUID> stored = ids(500_000, 1);
        filter.markNew(stored.get(0), load -> stored.subList(0, 250_000).forEach(load));
        stored.subList(250_000, 500_000).forEach(id -> filter.markNew(id, load -> { }));

        assertThat(stored).allMatch(filter::mayBeStored);
        assertThat(stored).noneMatch(id -> filter.markNew(id, load -> { }));
        // A blocked Bloom filter (Putze, Sanders, Singler 2007): 16,384 blocks of B = 512 bits, n = 500,000,
        // k = 4; a block holds j ~ Poisson(n / 16,384 = 30.52) ids, so the false-positive rate is
        // sum_j P(j) (1 - (1 - 1/B)^(kj))^k = 0.002319 (against 0.002024 for a classic filter of that size).
        long falsePositives = ids(1_000_000, 2).stream().filter(filter::mayBeStored).count();
        assertThat(falsePositives / 1_000_000.0).isBetween(0.0021, 0.0026);
    }

    @Test
    void theFilterIsFilledOnFirstUseAndAgainAfterAReset() {
        StoredEventIds filter = new StoredEventIds(SqlDialect.DUCKDB, 1);
        UUID before = UUID.nameUUIDFromBytes("before".getBytes());
        UUID behindItsBack = UUID.nameUUIDFromBytes("behind".getBytes());
        List<UUID> table = new ArrayList<>(List.of(before));
        AtomicInteger loads = new AtomicInteger();

        assertThat(filter.markNew(before, load -> {
            loads.incrementAndGet();
            table.forEach(load);
        })).isFalse();
        table.add(behindItsBack);
        assertThat(filter.markNew(behindItsBack, load -> loads.incrementAndGet())).isTrue();
        filter.reset();
        assertThat(filter.markNew(behindItsBack, load -> {
            loads.incrementAndGet();
            table.forEach(load);
        })).isFalse();
        assertThat(loads).hasValue(2);
    }

    @Test
    void anIdIsNewOnlyTheFirstTime() {
        StoredEventIds filter = new StoredEventIds(SqlDialect.DUCKDB, 1);
        UUID id = UUID.nameUUIDFromBytes("twice in one batch".getBytes());

        assertThat(filter.mayBeStored(id)).isFalse();
        assertThat(filter.markNew(id, load -> { })).isTrue();
        assertThat(filter.mayBeStored(id)).isTrue();
        assertThat(filter.markNew(id, load -> { })).isFalse();
    }

    @Test
    void postgresqlAlwaysTakesTheCheckedPath() {
        StoredEventIds filter = new StoredEventIds(SqlDialect.POSTGRESQL, 32);

        assertThat(filter.enabled()).isFalse();
        assertThat(filter.markNew(UUID.randomUUID(), load -> { })).isFalse();
    }

    @Test
    void theSizeMustBeAPowerOfTwo() {
        assertThatThrownBy(() -> new StoredEventIds(SqlDialect.DUCKDB, 24)).hasMessageContaining("power of two");
        assertThat(new StoredEventIds(SqlDialect.DUCKDB, 0).enabled()).isFalse();
    }
}
