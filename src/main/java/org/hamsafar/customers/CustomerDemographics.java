package org.hamsafar.customers;

import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demographic attributes of every live customer (not merged into another, not erased), as
 * stored now, for models that describe customers. Read-only.
 */
@Component
public class CustomerDemographics {
    private static final int FETCH_SIZE = 5000;
    private final JdbcClient jdbc;

    CustomerDemographics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One customer's attributes; each may be null when not known. */
    public record Demographics(long customerId, String gender, Integer birthYear, String city) {
    }

    /** Streams every live customer, in id order. */
    public void forEach(Consumer<Demographics> consumer) {
        jdbc.sql("SELECT id, gender, birth_year, city FROM customer WHERE merged_into IS NULL AND erased_at IS NULL ORDER BY id")
                .withFetchSize(FETCH_SIZE)
                .query(rs -> {
                    int year = rs.getInt("birth_year");
                    Integer birthYear = rs.wasNull() ? null : year;
                    consumer.accept(new Demographics(rs.getLong("id"), blankToNull(rs.getString("gender")), birthYear,
                            blankToNull(rs.getString("city"))));
                });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
