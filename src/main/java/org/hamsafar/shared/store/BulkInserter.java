package org.hamsafar.shared.store;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Writes many rows at once the fastest way each store offers: DuckDB's appender, PostgreSQL's COPY.
 * One INSERT per row is 10-100 times slower on both. Runs on the current transaction's connection,
 * so the rows commit or roll back with it.
 *
 * <p>Values may be null, String, Integer, Long, Double, Boolean, BigDecimal, LocalDateTime (UTC) or UUID.
 */
@Component
public class BulkInserter {
    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();
    /** PostgreSQL's SQLSTATE for a duplicate key. */
    private static final String UNIQUE_VIOLATION = "23505";
    private final DataSource dataSource;
    private final SqlDialect dialect;
    /** Column order per table, read once (migrations run before any bulk write). */
    private final java.util.Map<String, List<String>> columnsByTable = new java.util.concurrent.ConcurrentHashMap<>();

    BulkInserter(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /**
     * Inserts rows whose keys are known to be new (ids fresh from a sequence, or keys checked absent
     * under {@link WriteTransactions}' lock), and distinct: the fastest path, on DuckDB the appender
     * with no staging. The appender says nothing when a key clashes and the transaction is quietly
     * aborted (its commit then stores nothing), so the call checks that the table grew by exactly
     * that many rows and otherwise fails with {@link DuplicateKeyException}: a wrong check by the
     * caller costs a rollback, never rows. On PostgreSQL, {@code COPY} straight into the table:
     * a clashing key fails it (and the transaction) with {@link DuplicateKeyException}.
     */
    public void insertFresh(String table, String key, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (dialect != SqlDialect.DUCKDB) {
            insertUnkeyed(table, columns, rows); // COPY: PostgreSQL itself refuses a clashing key
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            long before = count(statement, table);
            append(connection, null, table, inTableOrder(connection, table, columns, rows));
            long added;
            try {
                added = count(statement, table) - before;
            } catch (SQLException e) {
                // The appender reports nothing itself: a clashing key aborts the transaction quietly.
                throw new DuplicateKeyException("The store refused the rows appended into " + table + " (" + e.getMessage()
                        + "); most likely some key (" + key + ") is already stored", e);
            }
            if (added != rows.size()) {
                throw new DuplicateKeyException((rows.size() - added) + " of " + rows.size() + " rows into " + table
                        + " were dropped: some key (" + key + ") is already stored");
            }
        } catch (SQLException e) {
            throw translate("bulk insert into " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Rows of the table as this transaction sees them (DuckDB answers from its row counts, not by scanning). */
    private static long count(Statement statement, String table) throws SQLException {
        try (java.sql.ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * PostgreSQL: inserts all rows (distinct keys) with {@code COPY} straight into the table if none
     * of their keys is stored, and returns true; if one is, nothing is inserted (a savepoint undoes
     * the attempt, the transaction goes on) and it returns false, for the caller to take the checked
     * path ({@link #insertDistinctReturningKeys}). Worth it where stored keys are rare (events
     * resent by a client): the checked path stages the rows and moves them with
     * {@code INSERT ... ON CONFLICT}, about three times the work. DuckDB: false at once, as its
     * appender cannot be undone without losing the whole transaction.
     */
    public boolean insertAllIfNoneStored(String table, List<String> columns, List<Object[]> rows) {
        if (dialect == SqlDialect.DUCKDB || rows.isEmpty()) {
            return rows.isEmpty();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            java.sql.Savepoint before = connection.setSavepoint();
            try {
                copy(connection, table, columns, rows);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(before);
                return false;
            }
            connection.releaseSavepoint(before);
            return true;
        } catch (SQLException e) {
            throw translate("bulk insert into " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Inserts rows into a table without a key, whose rows nothing can repeat (per-answer fact rows
     * written together with their parent): DuckDB's appender or PostgreSQL's COPY, no conflict check.
     * {@link #insertFresh} needs a unique key on PostgreSQL; this does not.
     */
    public void insertUnkeyed(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (dialect == SqlDialect.DUCKDB) {
                append(connection, null, table, inTableOrder(connection, table, columns, rows));
            } else {
                copy(connection, table, columns, rows);
            }
        } catch (SQLException e) {
            throw translate("bulk insert into " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Inserts the rows whose {@code key} is not stored yet and returns how many that was. The rows go
     * to a per-connection temporary staging table first and move over with one
     * {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}: idempotent, and as fast as the bulk path.
     * Within {@code rows}, the first row of a repeated key wins.
     */
    public int insertNew(String table, String key, List<String> columns, List<Object[]> rows) {
        return insertNewReturningKeys(table, key, columns, rows).size();
    }

    /** Like {@link #insertNew}, returning the keys of the rows that were stored (one array per row). */
    public List<Object[]> insertNewReturningKeys(String table, String key, List<String> columns, List<Object[]> rows) {
        return insertNewReturningKeys(table, key, columns, rows, false);
    }

    /**
     * Like {@link #insertNewReturningKeys(String, String, List, List)} for rows whose keys the caller
     * has already made distinct: the store is spared sorting the stage to drop repeats.
     */
    public List<Object[]> insertDistinctReturningKeys(String table, String key, List<String> columns, List<Object[]> rows) {
        return insertNewReturningKeys(table, key, columns, rows, true);
    }

    private List<Object[]> insertNewReturningKeys(String table, String key, List<String> columns, List<Object[]> rows,
                                                  boolean distinct) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String columnList = String.join(", ", columns);
        // One stage per table and column list: temporary tables live as long as the pooled connection,
        // and a caller writing other columns must not find a stage of another shape.
        String stage = "stage_" + table + "_" + Integer.toHexString(columnList.hashCode() & 0x7fffffff);
        int keyCount = key.split(",").length;
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            // The stage is emptied after each use; a failed use rolls back with its transaction.
            List<Object[]> stagedRows = new java.util.ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = java.util.Arrays.copyOf(rows.get(i), columns.size() + 1);
                row[columns.size()] = i;
                stagedRows.add(row);
            }
            List<String> stagedColumns = new java.util.ArrayList<>(columns);
            stagedColumns.add("stage_order");
            fillStage(connection, statement, stage, "SELECT " + columnList + ", 0 AS stage_order FROM " + table + " LIMIT 0",
                    stagedColumns, stagedRows);
            List<Object[]> inserted = new java.util.ArrayList<>();
            String source = distinct ? stage
                    : "(SELECT DISTINCT ON (" + key + ") " + columnList + " FROM " + stage + " ORDER BY " + key + ", stage_order) s";
            try (java.sql.ResultSet result = statement.executeQuery("INSERT INTO " + table + " (" + columnList + ") SELECT "
                    + columnList + " FROM " + source + " ON CONFLICT (" + key + ") DO NOTHING RETURNING " + key)) {
                while (result.next()) {
                    Object[] keys = new Object[keyCount];
                    for (int k = 0; k < keyCount; k++) {
                        keys[k] = result.getObject(k + 1);
                    }
                    inserted.add(keys);
                }
            }
            statement.execute("DELETE FROM " + stage);
            return inserted;
        } catch (SQLException e) {
            throw translate("bulk insert into " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Runs {@code work} with {@code rows} in a temporary table whose name it is given, for statements
     * such as {@code DELETE FROM t WHERE id IN (SELECT id FROM <stage>)}: with a thousand keys that
     * is several times cheaper than an {@code IN} list of a thousand parameters, which the store must
     * parse and plan every time. The stage has {@code columns} typed as in {@code likeTable}, lives as
     * long as the pooled connection, and is emptied after the work (or rolled back with it). Call it
     * inside a transaction, so that {@code work} runs on the same connection.
     */
    public <T> T withStagedRows(String likeTable, List<String> columns, List<Object[]> rows, java.util.function.Function<String, T> work) {
        String columnList = String.join(", ", columns);
        String stage = "staged_" + likeTable + "_" + Integer.toHexString(columnList.hashCode() & 0x7fffffff);
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Staged rows need a transaction: without one, the work may run on another connection");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            fillStage(connection, statement, stage, "SELECT " + columnList + " FROM " + likeTable + " LIMIT 0", columns, rows);
            T result = work.apply(stage);
            statement.execute("DELETE FROM " + stage);
            return result;
        } catch (SQLException e) {
            throw translate("staging rows like " + likeTable, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Creates the temporary table {@code stage} (shaped by {@code shape}, a query) unless it exists, and fills it with {@code rows}. */
    private void fillStage(Connection connection, Statement statement, String stage, String shape, List<String> columns,
                           List<Object[]> rows) throws SQLException {
        statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " AS " + shape);
        if (dialect == SqlDialect.DUCKDB) {
            append(connection, "temp", stage, rows);
        } else {
            copy(connection, stage, columns, rows);
        }
    }

    /** The appender fills every column of a table, in order: missing columns become NULL. */
    private List<Object[]> inTableOrder(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        List<String> ordered = columnsByTable.computeIfAbsent(table, t -> readColumns(connection, t));
        if (ordered.equals(columns)) {
            return rows;
        }
        int[] positions = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            positions[i] = ordered.indexOf(columns.get(i));
            if (positions[i] < 0) {
                throw new SQLException("Table " + table + " has no column " + columns.get(i));
            }
        }
        List<Object[]> result = new java.util.ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] full = new Object[ordered.size()];
            for (int i = 0; i < positions.length; i++) {
                full[positions[i]] = row[i];
            }
            result.add(full);
        }
        return result;
    }

    private static List<String> readColumns(Connection connection, String table) {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
            java.sql.ResultSetMetaData meta = result.getMetaData();
            List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return List.copyOf(names);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the columns of " + table, e);
        }
    }

    /** Appends rows with DuckDB's appender; {@code catalog} is "temp" for temporary tables, null for the database's. */
    private static void append(Connection connection, String catalog, String table, List<Object[]> rows) throws SQLException {
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender appender = catalog == null
                ? duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)
                : duck.createAppender(catalog, DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (Object[] row : rows) {
                appender.beginRow();
                for (Object value : row) {
                    appendValue(appender, value);
                }
                appender.endRow();
            }
        }
    }

    private static void appendValue(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String s) {
            appender.append(s);
        } else if (value instanceof Long l) {
            appender.append(l.longValue());
        } else if (value instanceof Integer i) {
            appender.append(i.intValue());
        } else if (value instanceof Double d) {
            appender.append(d.doubleValue());
        } else if (value instanceof Boolean b) {
            appender.append(b.booleanValue());
        } else if (value instanceof BigDecimal decimal) {
            appender.append(decimal);
        } else if (value instanceof LocalDateTime time) {
            appender.append(time);
        } else if (value instanceof UUID uuid) {
            appender.append(uuid);
        } else {
            throw new IllegalArgumentException("Cannot bulk-insert a " + value.getClass().getName());
        }
    }

    private static void copy(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                CopyCsv.appendValue(csv, row[i]);
            }
            csv.append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    private static DataAccessException translate(String task, SQLException e) {
        DataAccessException translated = TRANSLATOR.translate(task, null, e);
        return translated != null ? translated : new org.springframework.dao.DataAccessResourceFailureException(task, e);
    }
}
