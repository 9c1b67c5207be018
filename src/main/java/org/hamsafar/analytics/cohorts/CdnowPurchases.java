package org.hamsafar.analytics.cohorts;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The CDNOW master file (Fader, Hardie and Lee 2005): one purchase per line, whitespace-separated
 * {@code customer_id date(YYYYMMDD) number_of_cds dollar_value}, after a header line. Loaded into
 * an {@code interaction_event} table of an in-memory DuckDB as events of type {@code purchase} at
 * midnight UTC of their day, so that the product's own SQL runs on it.
 */
public final class CdnowPurchases {
    public static final String FILE = "CDNOW_master.txt";
    /** Only the columns the analytics queries read; the rest of the product's table plays no part in them. */
    private static final String TABLE = """
            CREATE TABLE interaction_event (customer_id BIGINT NOT NULL, type VARCHAR(64) NOT NULL,
                occurred_at TIMESTAMP NOT NULL, value DECIMAL(18, 4))""";

    /** One line of the file. */
    public record Purchase(long customer, LocalDate date, int cds, BigDecimal dollars) {
    }

    private CdnowPurchases() {
    }

    public static List<Purchase> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no " + FILE + " in " + folder.toAbsolutePath());
        }
        List<Purchase> purchases = new ArrayList<>(70_000);
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String[] parts = line.strip().split("\\s+");
                if (line.isBlank() || parts[0].equals("customer_id")) {
                    continue;
                }
                if (parts.length != 4) {
                    throw new IllegalArgumentException(FILE + " line " + number + ": expected 4 fields, found " + parts.length);
                }
                purchases.add(new Purchase(Long.parseLong(parts[0]), LocalDate.parse(parts[1], DateTimeFormatter.BASIC_ISO_DATE),
                        Integer.parseInt(parts[2]), new BigDecimal(parts[3])));
            }
        }
        return purchases;
    }

    /** Creates {@code interaction_event} in {@code duckdb} (an empty in-memory database) and appends the purchases. */
    public static void load(Connection duckdb, List<Purchase> purchases) throws SQLException {
        try (Statement statement = duckdb.createStatement()) {
            statement.execute(TABLE);
        }
        try (DuckDBAppender appender = duckdb.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                "interaction_event")) {
            for (Purchase purchase : purchases) {
                appender.beginRow();
                appender.append(purchase.customer());
                appender.append("purchase");
                appender.append(purchase.date().atStartOfDay());
                appender.append(purchase.dollars().setScale(4));
                appender.endRow();
            }
        }
    }
}
