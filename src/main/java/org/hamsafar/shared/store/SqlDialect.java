package org.hamsafar.shared.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The few places where DuckDB and PostgreSQL need different SQL. Everything else is written once,
 * in SQL both accept.
 */
public enum SqlDialect {
    DUCKDB,
    POSTGRESQL;

    /** Field names that may be written into SQL as they are: keys and custom attribute names. */
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    /** The kind of JSON value a {@link #jsonFieldEquals} condition compares with. */
    public enum JsonKind {
        /** bind a {@code String}; matches a JSON string with exactly that text */
        STRING,
        /** bind a {@code BigDecimal}; matches a JSON number of the same value (3 equals 3.0), compared as doubles on DuckDB */
        NUMBER,
        /** bind a {@code Boolean}; matches JSON true or false */
        BOOLEAN
    }

    /**
     * A condition on {@code column}, a text column holding a JSON object (or NULL): true when its
     * top-level field {@code name} equals the value bound as {@code :param} and is of the same JSON
     * kind (the string "3" does not equal the number 3). NULL or absent fields never match.
     *
     * @param name a field name of letters, digits, '_', '.' or '-' (checked: it is written into the SQL)
     */
    public String jsonFieldEquals(String column, String name, JsonKind kind, String param) {
        String field = checked(name);
        if (this == POSTGRESQL) {
            String cast = switch (kind) {
                case STRING -> "text";
                case NUMBER -> "numeric";
                case BOOLEAN -> "boolean";
            };
            // jsonb equality is typed: numbers compare by value, a string never equals a number.
            return "(CAST(" + column + " AS jsonb) -> '" + field + "' = to_jsonb(CAST(:" + param + " AS " + cast + ")))";
        }
        String path = "'$.\"" + field + "\"'";
        String type = "json_type(" + column + ", " + path + ")";
        String text = "json_extract_string(" + column + ", " + path + ")";
        return switch (kind) {
            case STRING -> "(" + type + " = 'VARCHAR' AND " + text + " = :" + param + ")";
            case NUMBER -> "(" + type + " IN ('UBIGINT', 'BIGINT', 'HUGEINT', 'DOUBLE') AND TRY_CAST(" + text
                    + " AS DOUBLE) = CAST(:" + param + " AS DOUBLE))";
            case BOOLEAN -> "(" + type + " = 'BOOLEAN' AND " + text + " = CASE WHEN :" + param + " THEN 'true' ELSE 'false' END)";
        };
    }

    /**
     * The text of the top-level field {@code name} of the JSON object in {@code column}: a string's
     * text, a number or boolean as written; NULL when the column is NULL or the field is absent.
     *
     * @param name a field name of letters, digits, '_', '.' or '-' (checked: it is written into the SQL)
     */
    public String jsonFieldText(String column, String name) {
        String field = checked(name);
        if (this == POSTGRESQL) {
            return "(CAST(" + column + " AS jsonb) ->> '" + field + "')";
        }
        return "json_extract_string(" + column + ", '$.\"" + field + "\"')";
    }

    /**
     * Statements to run first inside the transaction of a large analytic query (they last until it
     * ends). On PostgreSQL: no nested-loop joins. The row estimates of chained CTEs collapse towards
     * 1, and a nested loop over two CTE results then grows with the square of the customers
     * (measured on a 5-step funnel with a breakdown over 30,000 customers: 13 s instead of 0.6 s);
     * hash and merge joins stay linear. None on DuckDB, which plans these joins as hash joins.
     */
    public List<String> analyticQuerySettings() {
        return this == POSTGRESQL ? List.of("SET LOCAL enable_nestloop = off") : List.of();
    }

    /**
     * The microseconds since 1970-01-01 00:00 of {@code timestamp}, a TIMESTAMP expression (UTC, see
     * {@link UtcTimes}), as an exact BIGINT. On PostgreSQL whole days plus the time of day: the
     * seconds of a day fit a double to far below a microsecond, and this runs about twice as fast as
     * EXTRACT(EPOCH ...), which computes in numeric.
     */
    public String epochMicros(String timestamp) {
        if (this == POSTGRESQL) {
            return "((CAST(" + timestamp + " AS DATE) - DATE '1970-01-01') * CAST(86400000000 AS BIGINT)"
                    + " + CAST(date_part('epoch', CAST(" + timestamp + " AS TIME)) * 1000000 AS BIGINT))";
        }
        return "epoch_us(" + timestamp + ")";
    }

    /**
     * A condition: {@code column} is one of the values {@code subquery} selects. On PostgreSQL written
     * as {@code = ANY(ARRAY(subquery))}, which an index on the column serves even with nested loops
     * off (see {@link #analyticQuerySettings}); DuckDB refuses that form and plans IN as a hash semi-join.
     */
    public String inSubquery(String column, String subquery) {
        return this == POSTGRESQL ? column + " = ANY(ARRAY(" + subquery + "))" : column + " IN (" + subquery + ")";
    }

    private static String checked(String name) {
        if (name == null || !FIELD_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a JSON field name that may be written into SQL: " + name);
        }
        return name;
    }

    public static SqlDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("duckdb")) {
                return DUCKDB;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalStateException("Unsupported database: " + product + " (use DuckDB or PostgreSQL)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
