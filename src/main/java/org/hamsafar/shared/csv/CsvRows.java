package org.hamsafar.shared.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV body (UTF-8, optional byte order mark, RFC 4180 quoting, a header row) one record at
 * a time, so that a file of any size passes through a small, fixed amount of memory. Each row
 * carries the line of the file it starts on (the header is line 1), counting line breaks inside
 * quoted values. Blank lines, and rows whose cells are all blank (as spreadsheets export), are skipped.
 */
public final class CsvRows implements Closeable {
    /** The longest record accepted, in characters (values such as properties and texts fit well within). */
    public static final int MAX_RECORD_CHARS = 1 << 20;

    private final StrictUtf8Reader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private List<String> header;

    /** A data row: the line it starts on and its cells in column order. */
    public record Row(long line, List<String> cells) {
        /** The cell of a column, or null when the row is shorter than that. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }
    }

    private CsvRows(StrictUtf8Reader reader, CSVParser parser) {
        this.reader = reader;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /** Opens the body and reads its header row; a body without one is a {@link CsvReadException}. */
    public static CsvRows open(InputStream body, char delimiter) {
        StrictUtf8Reader reader = new StrictUtf8Reader(body, MAX_RECORD_CHARS);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        CsvRows rows;
        try {
            rows = new CsvRows(reader, CSVParser.parse(reader, format));
        } catch (IOException e) {
            throw CsvReadException.of(e, 1);
        }
        Row first = rows.read();
        if (first == null || first.cells().stream().allMatch(String::isBlank)) {
            throw new CsvReadException(1, "The CSV has no header row: line 1 must name the columns.");
        }
        rows.header = first.cells().stream().map(String::strip).toList();
        return rows;
    }

    /** The column names of the header row, stripped of surrounding spaces. */
    public List<String> header() {
        return header;
    }

    /** The next data row, or null at the end of the body. */
    public Row next() {
        while (true) {
            Row row = read();
            if (row == null) {
                return null;
            }
            for (String cell : row.cells()) {
                if (!cell.isBlank()) {
                    return row;
                }
            }
        }
    }

    private Row read() {
        long line = parser.getCurrentLineNumber() + 1;
        reader.startRecord();
        try {
            if (!records.hasNext()) {
                return null;
            }
            return new Row(line, records.next().toList());
        } catch (UncheckedIOException e) {
            throw CsvReadException.of(e.getCause(), line);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Closing the request body cannot fail in a way that matters to the reply.
        }
    }
}
