import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * Fills a Hamsafar store with synthetic survey responses for the metrics benchmarks: one active NPS
 * survey and N responses (default 1,000,000) over the 12 months before a fixed end, each with an
 * NPS answer (scores drawn so that NPS is about +20), spread over 6 touchpoints and 4 channels.
 * The data is generated inside the database (DuckDB range / PostgreSQL generate_series), so a
 * million rows take seconds. Run it against a store the server has already created (start the
 * server once), and, for DuckDB, while the server is stopped: DuckDB allows one process per file.
 *
 * java -cp duckdb_jdbc.jar bench/SeedResponses.java jdbc:duckdb:/tmp/hamsafar-bench/hamsafar.duckdb 1000000
 * java -cp postgresql.jar bench/SeedResponses.java jdbc:postgresql://127.0.0.1/hamsafar_bench 1000000 postgres
 */
public class SeedResponses {
    private static final long SURVEY_ID = 900_000_001L;
    /** The responses end here and start 365 days before. */
    private static final String END = "2026-11-01 00:00:00";

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SeedResponses JDBC_URL [RESPONSES] [USER] [PASSWORD]");
            System.exit(1);
        }
        String url = args[0];
        long n = args.length > 1 ? Long.parseLong(args[1].replace("_", "").replace(",", "")) : 1_000_000L;
        Properties properties = new Properties();
        if (args.length > 2) {
            properties.setProperty("user", args[2]);
        }
        if (args.length > 3) {
            properties.setProperty("password", args[3]);
        }
        boolean duck = url.startsWith("jdbc:duckdb:");
        try (Connection connection = DriverManager.getConnection(url, properties); Statement sql = connection.createStatement()) {
            long started = System.nanoTime();
            sql.execute("DELETE FROM survey_answer WHERE survey_id = " + SURVEY_ID);
            sql.execute("DELETE FROM survey_response WHERE survey_id = " + SURVEY_ID);
            sql.execute("DELETE FROM survey_version WHERE survey_id = " + SURVEY_ID);
            sql.execute("DELETE FROM survey WHERE id = " + SURVEY_ID);
            sql.execute("""
                    INSERT INTO survey (id, public_key, name, status, current_version, settings, created_at, updated_at)
                    VALUES (%d, 'benchNpsSurvey', 'Benchmark NPS', 'active', 1,
                            '{"invitationExpiryDays":14}', TIMESTAMP '2025-10-01 00:00:00', TIMESTAMP '2025-10-01 00:00:00')"""
                    .formatted(SURVEY_ID));
            sql.execute("""
                    INSERT INTO survey_version (survey_id, version, created_at, definition) VALUES (%d, 1, TIMESTAMP '2025-10-01 00:00:00',
                    '{"languages":["fa","en"],"questions":[{"key":"nps","type":"nps","text":{"fa":"پیشنهاد","en":"Recommend"},"required":true,"choices":[],"page":1}]}')"""
                    .formatted(SURVEY_ID));
            // i -> time spread evenly over 365 days; score from a hash of i: 0-6 30 %, 7-8 20 %, 9-10 50 % (NPS +20).
            String rows = duck ? "range(" + n + ") t(i)" : "generate_series(0, " + (n - 1) + ") t(i)";
            String uuid = duck ? "uuid()" : "gen_random_uuid()";
            String at = "TIMESTAMP '" + END + "' - INTERVAL '365 days' + (i * (31536000.0 / " + n + ")) * INTERVAL '1 second'";
            String bucket = "((i * 2654435761) % 100)";
            String score = "CASE WHEN " + bucket + " < 30 THEN CAST(" + bucket + " % 7 AS INTEGER) WHEN " + bucket
                    + " < 50 THEN 7 + CAST(" + bucket + " % 2 AS INTEGER) ELSE 9 + CAST(" + bucket + " % 2 AS INTEGER) END";
            String touchpoint = "CASE i % 6 WHEN 0 THEN 'checkout' WHEN 1 THEN 'delivery' WHEN 2 THEN 'support_line' "
                    + "WHEN 3 THEN 'chat' WHEN 4 THEN 'app_payment' ELSE 'store_visit' END";
            String channel = "CASE i % 4 WHEN 0 THEN 'email' WHEN 1 THEN 'sms' WHEN 2 THEN 'web' ELSE 'app' END";
            sql.execute("CREATE TEMPORARY TABLE seed AS SELECT i, " + uuid + " AS id, " + at + " AS ts, " + score + " AS score, "
                    + touchpoint + " AS touchpoint, " + channel + " AS channel FROM " + rows);
            sql.execute("""
                    INSERT INTO survey_response (id, survey_id, survey_version, customer_id, source_identity, channel, touchpoint,
                                                 source, invitation_id, language, submitted_at, answers)
                    SELECT id, %d, 1, 1000 + i %% 100000, NULL, channel, touchpoint, 'api', NULL, 'fa', ts,
                           '{"nps":' || CAST(score AS VARCHAR) || '}' FROM seed""".formatted(SURVEY_ID));
            sql.execute("""
                    INSERT INTO survey_answer (response_id, survey_id, question_key, question_type, customer_id, channel, touchpoint,
                                               submitted_at, score, choice, text)
                    SELECT id, %d, 'nps', 'nps', 1000 + i %% 100000, channel, touchpoint, ts, score, NULL, NULL FROM seed"""
                    .formatted(SURVEY_ID));
            sql.execute("DROP TABLE seed");
            if (!duck) {
                sql.execute("ANALYZE survey_answer");
                sql.execute("ANALYZE survey_response");
            }
            try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM survey_answer WHERE survey_id = " + SURVEY_ID)) {
                count.next();
                System.out.printf("seeded %,d NPS responses into survey %d in %.1f s%n", count.getLong(1), SURVEY_ID,
                        (System.nanoTime() - started) / 1e9);
            }
        }
    }
}
