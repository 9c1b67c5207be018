package org.hamsafar.shared.csv;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import org.apache.commons.csv.CSVException;

/**
 * The body cannot be read on as CSV from {@link #line()} on (a line of the file, the header being
 * line 1): malformed CSV, bytes that are not UTF-8, a record too long, or an interrupted upload.
 * The message says what, in words meant for the client.
 */
public class CsvReadException extends RuntimeException {
    private final long line;

    CsvReadException(long line, String message) {
        super(message);
        this.line = line;
    }

    public long line() {
        return line;
    }

    /** Explains why the record that starts at {@code line} could not be read. */
    static CsvReadException of(IOException cause, long line) {
        if (cause instanceof CharacterCodingException) {
            return new CsvReadException(line, "The body is not valid UTF-8 at line " + line
                    + "; send the file encoded as UTF-8.");
        }
        if (cause instanceof StrictUtf8Reader.RecordTooLong) {
            return new CsvReadException(line, "The record at line " + line + " is longer than "
                    + CsvRows.MAX_RECORD_CHARS + " characters; most likely a quote there is never closed.");
        }
        if (cause instanceof CSVException) {
            return new CsvReadException(line, "The CSV is malformed at line " + line + ": " + explain(cause.getMessage()) + ".");
        }
        return new CsvReadException(line, "The body could not be read on from line " + line + " (was the upload interrupted?).");
    }

    private static String explain(String message) {
        String text = message == null ? "" : message;
        if (text.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value is never closed (unterminated quote)";
        }
        if (text.contains("between encapsulated token and delimiter")) {
            return "a closing quote is followed by other characters instead of a delimiter or the end of the line";
        }
        String cleaned = text.replaceAll("\\((start)?line [\\d,]+\\)\\s*", "")
                .replaceAll("\\s*at line: [\\d,]+, position: [\\d,]+", "").strip();
        return cleaned.isEmpty() ? "unreadable record" : cleaned;
    }
}
