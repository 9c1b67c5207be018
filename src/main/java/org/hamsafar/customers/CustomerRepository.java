package org.hamsafar.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hamsafar.shared.store.BulkInserter;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CustomerRepository {
    private final JdbcClient jdbc;
    private static final List<String> CUSTOMER_COLUMNS = List.of("id", "created_at", "updated_at", "first_name",
            "last_name", "birth_year", "gender", "city", "province", "country", "language", "occupation", "education",
            "income_band", "interests");
    private static final List<String> IDENTITY_COLUMNS = List.of("kind", "value", "customer_id", "created_at");
    private final BulkInserter bulk;

    CustomerRepository(JdbcClient jdbc, BulkInserter bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Reserves {@code count} ids from the customer sequence in one round trip. */
    List<Long> nextIds(int count) {
        return jdbc.sql("SELECT nextval('customer_seq') FROM generate_series(1, :n)")
                .param("n", count).query(Long.class).list();
    }

    void insertAll(List<Long> ids, List<NewCustomer> customers, Instant now) {
        List<Object[]> rows = new ArrayList<>(customers.size());
        List<Object[]> identities = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            NewCustomer c = customers.get(i);
            CustomerAttributes a = c.attributes();
            Instant since = c.since() == null ? now : c.since();
            rows.add(new Object[] {ids.get(i), UtcTimes.toDb(since), UtcTimes.toDb(now), a.firstName(), a.lastName(),
                    a.birthYear(), a.gender(), a.city(), a.province(), a.country(), a.language(), a.occupation(),
                    a.education(), a.incomeBand(), a.interests().isEmpty() ? null : String.join(",", a.interests())});
            for (CustomerIdentity identity : c.identities()) {
                identities.add(new Object[] {identity.kind().key(), identity.value(), ids.get(i), UtcTimes.toDb(since)});
            }
        }
        bulk.insert("customer", "id", CUSTOMER_COLUMNS, rows);
        bulk.insert("customer_identity", "kind, value", IDENTITY_COLUMNS, identities);
    }

    Optional<Long> customerIdOf(CustomerIdentity identity) {
        return jdbc.sql("SELECT customer_id FROM customer_identity WHERE kind = :kind AND value = :value")
                .param("kind", identity.kind().key()).param("value", identity.value())
                .query(Long.class).optional();
    }

    Optional<CustomerProfile> find(long id) {
        return jdbc.sql("SELECT * FROM customer WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs, identities(id))).optional();
    }

    private List<CustomerIdentity> identities(long customerId) {
        return jdbc.sql("SELECT kind, value FROM customer_identity WHERE customer_id = :id ORDER BY kind, value")
                .param("id", customerId)
                .query((rs, n) -> new CustomerIdentity(IdentityKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                        rs.getString("value")))
                .list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
    }

    private static CustomerProfile map(ResultSet rs, List<CustomerIdentity> identities) throws SQLException {
        String interests = rs.getString("interests");
        CustomerAttributes attributes = new CustomerAttributes(rs.getString("first_name"), rs.getString("last_name"),
                (Integer) rs.getObject("birth_year", Integer.class), rs.getString("gender"), rs.getString("city"),
                rs.getString("province"), rs.getString("country"), rs.getString("language"), rs.getString("occupation"),
                rs.getString("education"), rs.getString("income_band"),
                interests == null ? List.of() : Arrays.asList(interests.split(",")));
        return new CustomerProfile(rs.getLong("id"), UtcTimes.fromDb(rs.getObject("created_at", LocalDateTime.class)),
                UtcTimes.fromDb(rs.getObject("updated_at", LocalDateTime.class)), attributes, identities);
    }
}
