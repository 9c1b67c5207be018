package org.hamsafar.customers;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds customers by name, e-mail, phone, external id or profile id. Persian names match whatever
 * Arabic or Persian forms of ی and ک were typed or stored.
 */
@Repository
class CustomerSearch {
    private static final String NAME = "replace(replace(lower(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, '')), 'ي', 'ی'), 'ك', 'ک')";
    private final JdbcClient jdbc;

    CustomerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Newest first; {@code beforeId} is exclusive. An empty query lists everyone; a {@code tag}
     * (nullable) keeps only the customers who carry it.
     */
    List<CustomerSummary> find(String query, String tag, Long beforeId, int limit) {
        String q = query == null ? "" : normalise(query.strip());
        Optional<String> phone = q.isEmpty() ? Optional.empty() : IdentityNormalizer.phone(q);
        Long numericId = q.matches("\\d{1,18}") ? Long.valueOf(q) : null;
        return jdbc.sql("""
                SELECT c.id, c.first_name, c.last_name, c.city, c.created_at,
                       (SELECT MIN(value) FROM customer_identity i WHERE i.customer_id = c.id AND i.kind = 'external_id') AS external_id,
                       (SELECT MIN(value) FROM customer_identity i WHERE i.customer_id = c.id AND i.kind = 'email') AS email,
                       (SELECT MIN(value) FROM customer_identity i WHERE i.customer_id = c.id AND i.kind = 'phone') AS phone
                FROM customer c
                WHERE c.merged_into IS NULL AND c.erased_at IS NULL
                  AND (CAST(:before AS BIGINT) IS NULL OR c.id < :before)
                  AND (:q = ''
                       OR c.id = CAST(:numericId AS BIGINT)
                       OR %s LIKE :contains ESCAPE '\\'
                       OR c.id IN (SELECT customer_id FROM customer_identity
                                   WHERE lower(value) = :q OR value = :phone OR lower(value) LIKE :prefix ESCAPE '\\'))
                  %s
                ORDER BY c.id DESC LIMIT :limit""".formatted(NAME,
                        tag == null ? "" : "AND c.id IN (SELECT t.customer_id FROM customer_tag t WHERE t.tag = :tag)"))
                .param("before", beforeId)
                .param("q", q)
                .param("numericId", numericId)
                .param("contains", "%" + escapeLike(q) + "%")
                .param("prefix", escapeLike(q) + "%")
                .param("phone", phone.orElse("-"))
                .param("limit", limit)
                .params(tag == null ? Map.of() : Map.of("tag", tag))
                .query((rs, n) -> new CustomerSummary(rs.getLong("id"),
                        (nonNull(rs.getString("first_name")) + " " + nonNull(rs.getString("last_name"))).strip(),
                        rs.getString("external_id"), rs.getString("email"), rs.getString("phone"), rs.getString("city"),
                        UtcTimes.fromDb(rs.getObject("created_at", LocalDateTime.class))))
                .list();
    }

    /** The live, non-erased customers among {@code ids} as list lines, in one query; unknown ids are missing. */
    List<CustomerSummary> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.id, c.first_name, c.last_name, c.city, c.created_at,
                       (SELECT MIN(value) FROM customer_identity i WHERE i.customer_id = c.id AND i.kind = 'external_id') AS external_id,
                       (SELECT MIN(value) FROM customer_identity i WHERE i.customer_id = c.id AND i.kind = 'email') AS email,
                       (SELECT MIN(value) FROM customer_identity i WHERE i.customer_id = c.id AND i.kind = 'phone') AS phone
                FROM customer c
                WHERE c.id IN (:ids) AND c.merged_into IS NULL AND c.erased_at IS NULL""")
                .param("ids", ids)
                .query((rs, n) -> new CustomerSummary(rs.getLong("id"),
                        (nonNull(rs.getString("first_name")) + " " + nonNull(rs.getString("last_name"))).strip(),
                        rs.getString("external_id"), rs.getString("email"), rs.getString("phone"), rs.getString("city"),
                        UtcTimes.fromDb(rs.getObject("created_at", LocalDateTime.class))))
                .list();
    }

    static String normalise(String query) {
        return Digits.latin(query).toLowerCase(java.util.Locale.ROOT).replace('ي', 'ی').replace('ك', 'ک');
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
