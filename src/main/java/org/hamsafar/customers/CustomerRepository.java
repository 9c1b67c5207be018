package org.hamsafar.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.store.BulkInserter;
import org.hamsafar.shared.store.SequenceBlocks;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class CustomerRepository {
    static final List<String> COLUMNS = List.of("id", "created_at", "updated_at", "first_name", "last_name",
            "birth_year", "gender", "city", "province", "country", "language", "occupation", "education", "income_band",
            "interests", "value_tags", "lifestyle_tags", "custom_attributes");
    private static final TypeReference<LinkedHashMap<String, String>> CUSTOM = new TypeReference<>() { };
    private final JdbcClient jdbc;
    private final BulkInserter bulk;
    private final SequenceBlocks sequences;
    private final JsonMapper json;

    CustomerRepository(JdbcClient jdbc, BulkInserter bulk, SequenceBlocks sequences, JsonMapper json) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.sequences = sequences;
        this.json = json;
    }

    List<Long> nextIds(int count) {
        return sequences.next("customer_seq", count);
    }

    /** Inserts new profiles (ids from {@link #nextIds}); {@code since} is when each became a customer. */
    void insertAll(List<Long> ids, List<CustomerAttributes> attributes, List<Instant> since, Instant now) {
        List<Object[]> rows = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            CustomerAttributes a = attributes.get(i);
            rows.add(new Object[] {ids.get(i), UtcTimes.toDb(since.get(i)), UtcTimes.toDb(now), a.firstName(), a.lastName(),
                    a.birthYear(), a.gender(), a.city(), a.province(), a.country(), a.language(), a.occupation(),
                    a.education(), a.incomeBand(), tags(a.interests()), tags(a.valueTags()), tags(a.lifestyleTags()), null});
        }
        // Ids come fresh from the sequence: no row can clash with a stored one.
        bulk.insertFresh("customer", "id", COLUMNS, rows);
    }

    Optional<ProfileRow> find(long id) {
        return jdbc.sql("SELECT * FROM customer WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /**
     * For each id, the profile that now stands for it: itself, or the survivor it was merged into
     * (following chains of merges). Ids that do not exist are absent from the result.
     */
    /** Full names ("first last") of the named customers among {@code ids}, in one query. */
    Map<Long, String> fullNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, first_name, last_name FROM customer WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> {
                    String name = new CustomerAttributes(rs.getString("first_name"), rs.getString("last_name"), null, null, null, null,
                            null, null, null, null, null, null, null, null).fullName();
                    if (!name.isEmpty()) {
                        names.put(rs.getLong("id"), name);
                    }
                    return name;
                })
                .list();
        return names;
    }

    Map<Long, Long> liveIds(Collection<Long> ids) {
        Map<Long, Long> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Map<Long, Long> mergedInto = new HashMap<>();
        List<Long> pending = new ArrayList<>(ids);
        for (int depth = 0; depth < 20 && !pending.isEmpty(); depth++) {
            List<Long> next = new ArrayList<>();
            jdbc.sql("SELECT id, merged_into FROM customer WHERE id IN (:ids)").param("ids", pending)
                    .query((rs, n) -> new Long[] {rs.getLong(1), (Long) rs.getObject(2, Long.class)}).list()
                    .forEach(row -> {
                        mergedInto.put(row[0], row[1]);
                        if (row[1] != null && !mergedInto.containsKey(row[1])) {
                            next.add(row[1]);
                        }
                    });
            pending = next;
        }
        for (Long id : ids) {
            // Follow the chain of merges; a profile that exists and was not merged away ends it.
            Long current = id;
            for (int hops = 0; mergedInto.get(current) != null && hops < 20; hops++) {
                current = mergedInto.get(current);
            }
            if (mergedInto.containsKey(current)) {
                result.put(id, current);
            }
        }
        return result;
    }

    /** Which of these profiles were erased (anonymised). */
    java.util.Set<Long> erasedAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT id FROM customer WHERE erased_at IS NOT NULL AND id IN (:ids)")
                .param("ids", List.copyOf(ids)).query(Long.class).list());
    }

    void updateProfile(long id, CustomerAttributes a, Map<String, String> custom, Instant at) {
        jdbc.sql("""
                UPDATE customer SET first_name = :firstName, last_name = :lastName, birth_year = :birthYear, gender = :gender,
                       city = :city, province = :province, country = :country, language = :language, occupation = :occupation,
                       education = :education, income_band = :incomeBand, interests = :interests, value_tags = :valueTags,
                       lifestyle_tags = :lifestyleTags, custom_attributes = :custom, updated_at = :at
                WHERE id = :id""")
                .param("firstName", a.firstName()).param("lastName", a.lastName()).param("birthYear", a.birthYear())
                .param("gender", a.gender()).param("city", a.city()).param("province", a.province())
                .param("country", a.country()).param("language", a.language()).param("occupation", a.occupation())
                .param("education", a.education()).param("incomeBand", a.incomeBand())
                .param("interests", tags(a.interests())).param("valueTags", tags(a.valueTags()))
                .param("lifestyleTags", tags(a.lifestyleTags()))
                .param("custom", custom == null || custom.isEmpty() ? null : json.writeValueAsString(custom))
                .param("at", UtcTimes.toDb(at)).param("id", id)
                .update();
    }

    void setMergedInto(long id, Long survivorId, Instant at) {
        jdbc.sql("UPDATE customer SET merged_into = :survivor, updated_at = :at WHERE id = :id")
                .param("survivor", survivorId).param("at", UtcTimes.toDb(at)).param("id", id).update();
    }

    void markErased(long id, Instant at) {
        jdbc.sql("UPDATE customer SET erased_at = :at, updated_at = :at WHERE id = :id")
                .param("at", UtcTimes.toDb(at)).param("id", id).update();
    }

    /** Profiles that were merged into {@code survivorId}, directly. */
    List<Long> mergedInto(long survivorId) {
        return jdbc.sql("SELECT id FROM customer WHERE merged_into = :id").param("id", survivorId).query(Long.class).list();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM customer WHERE id = :id").param("id", id).update();
    }

    long countLive() {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE merged_into IS NULL").query(Long.class).single();
    }

    String tags(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    private static List<String> splitTags(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }

    ProfileRow map(ResultSet rs, int row) throws SQLException {
        CustomerAttributes attributes = new CustomerAttributes(rs.getString("first_name"), rs.getString("last_name"),
                rs.getObject("birth_year", Integer.class), rs.getString("gender"), rs.getString("city"),
                rs.getString("province"), rs.getString("country"), rs.getString("language"), rs.getString("occupation"),
                rs.getString("education"), rs.getString("income_band"), splitTags(rs.getString("interests")),
                splitTags(rs.getString("value_tags")), splitTags(rs.getString("lifestyle_tags")));
        String custom = rs.getString("custom_attributes");
        return new ProfileRow(rs.getLong("id"), UtcTimes.fromDb(rs.getObject("created_at", LocalDateTime.class)),
                UtcTimes.fromDb(rs.getObject("updated_at", LocalDateTime.class)), attributes,
                custom == null ? Map.of() : json.readValue(custom, CUSTOM),
                rs.getObject("merged_into", Long.class),
                UtcTimes.fromDb(rs.getObject("erased_at", LocalDateTime.class)));
    }
}
