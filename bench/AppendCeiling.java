import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The store's own ceiling for event rows: how fast one thread can write rows shaped like
 * interaction_event (same columns, its primary key and its (customer_id, occurred_at) index) in
 * transactions of --batch rows, with the fastest bulk path each store has (DuckDB's appender,
 * PostgreSQL's COPY) and nothing else: no HTTP, no JSON, no identity resolution, no duplicate
 * check. Ingestion through the server cannot beat this figure on the same machine, so it tells how
 * much of a gap to a throughput goal is the store itself.
 *
 * <pre>
 * CP=~/.m2/repository/org/duckdb/duckdb_jdbc/2.0.0.1/duckdb_jdbc-2.0.0.1.jar:~/.m2/repository/org/postgresql/postgresql/42.7.13/postgresql-42.7.13.jar
 * java -cp $CP bench/AppendCeiling.java --store duckdb
 * java -cp $CP bench/AppendCeiling.java --store postgresql --url 'jdbc:postgresql://127.0.0.1:5432/hamsafar_bench?user=postgres'
 * </pre>
 * (both drivers are on the class path because the file compiles as a whole; the versions are the
 * project's, see pom.xml and {@code ./mvnw dependency:list}).
 * Options: --rows N (default 1,000,000), --batch N (4,000, about one group commit of the load
 * tool's 8 x 1,000 events), --customers N (100,000), --indexes all|none (none: the bare table),
 * --file F (DuckDB database file, default /tmp/append-ceiling.duckdb, deleted first). DuckDB runs
 * with the server's checkpoint threshold (256 MB). The table append_ceiling is dropped at the end.
 */
public class AppendCeiling {
    private static final String COLUMNS = "id UUID, client_id VARCHAR(200), customer_id BIGINT, source_identity VARCHAR(340), "
            + "type VARCHAR(64), channel VARCHAR(16), touchpoint VARCHAR(64), occurred_at TIMESTAMP, received_at TIMESTAMP, "
            + "session_id VARCHAR(200), value DECIMAL(18, 4), currency CHAR(3), text VARCHAR(10000), properties TEXT";

    public static void main(String[] args) throws Exception {
        String store = arg(args, "--store", "duckdb");
        long rows = Long.parseLong(arg(args, "--rows", "1000000"));
        int batch = Integer.parseInt(arg(args, "--batch", "4000"));
        int customers = Integer.parseInt(arg(args, "--customers", "100000"));
        boolean indexes = arg(args, "--indexes", "all").equals("all");
        try (Connection connection = connect(store, args)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS append_ceiling");
                statement.execute("CREATE TABLE append_ceiling (" + COLUMNS.replace("id UUID,", indexes ? "id UUID PRIMARY KEY," : "id UUID,") + ")");
                if (indexes) {
                    statement.execute("CREATE INDEX append_ceiling_customer ON append_ceiling (customer_id, occurred_at)");
                }
            }
            connection.setAutoCommit(false);
            SplittableRandom random = new SplittableRandom(42);
            LocalDateTime start = LocalDateTime.of(2025, 11, 24, 0, 0);
            long began = System.nanoTime();
            for (long written = 0; written < rows; written += batch) {
                int n = (int) Math.min(batch, rows - written);
                if (store.equals("duckdb")) {
                    appendDuckDb(connection, random, start, customers, written, n);
                } else {
                    copyPostgres(connection, random, start, customers, written, n);
                }
                connection.commit();
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("%s, %s: %,d rows in %.1f s = %,.0f rows/s (transactions of %,d rows)%n", store,
                    indexes ? "primary key and customer index" : "no index", rows, seconds, rows / seconds, batch);
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE append_ceiling");
            }
        }
    }

    private static Connection connect(String store, String[] args) throws SQLException, IOException {
        if (store.equals("duckdb")) {
            java.nio.file.Path file = java.nio.file.Path.of(arg(args, "--file", "/tmp/append-ceiling.duckdb"));
            java.nio.file.Files.deleteIfExists(file);
            java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(file + ".wal"));
            Properties properties = new Properties();
            properties.setProperty("checkpoint_threshold", "256MB");
            return DriverManager.getConnection("jdbc:duckdb:" + file, properties);
        }
        if (store.equals("postgresql")) {
            return DriverManager.getConnection(arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/hamsafar_bench?user=postgres"));
        }
        throw new IllegalArgumentException("--store must be duckdb or postgresql");
    }

    /** Like the load tool's page views: a known customer, the web channel, a session, a path. */
    private static void appendDuckDb(Connection connection, SplittableRandom random, LocalDateTime start, int customers,
                                     long first, int n) throws SQLException {
        try (org.duckdb.DuckDBAppender appender = connection.unwrap(org.duckdb.DuckDBConnection.class)
                .createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, "append_ceiling")) {
            for (int i = 0; i < n; i++) {
                long customer = 1 + random.nextInt(customers);
                appender.beginRow();
                appender.append(new UUID(random.nextLong(), random.nextLong()));
                appender.append("ceiling-" + (first + i));
                appender.append(customer);
                appender.append("external_id:L" + customer);
                appender.append("page_view");
                appender.append("web");
                appender.appendNull();
                appender.append(start.plusSeconds(random.nextInt(365 * 86_400)));
                appender.append(start);
                appender.append("s-" + customer + "-web");
                appender.appendNull();
                appender.appendNull();
                appender.appendNull();
                appender.append("{\"path\":\"/products/" + random.nextInt(500) + "\"}");
                appender.endRow();
            }
        }
    }

    private static void copyPostgres(Connection connection, SplittableRandom random, LocalDateTime start, int customers,
                                     long first, int n) throws SQLException, IOException {
        StringBuilder text = new StringBuilder(n * 200);
        for (int i = 0; i < n; i++) {
            long customer = 1 + random.nextInt(customers);
            text.append(new UUID(random.nextLong(), random.nextLong())).append("\tceiling-").append(first + i).append('\t')
                    .append(customer).append("\texternal_id:L").append(customer).append("\tpage_view\tweb\t\\N\t")
                    .append(start.plusSeconds(random.nextInt(365 * 86_400))).append('\t').append(start).append("\ts-")
                    .append(customer).append("-web\t\\N\t\\N\t\\N\t{\"path\":\"/products/").append(random.nextInt(500)).append("\"}\n");
        }
        connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                .copyIn("COPY append_ceiling FROM STDIN", new StringReader(text.toString()));
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
