package org.hamsafar.shared.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jakarta.servlet.http.HttpServletRequest;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Runs a CSV import over a request body as a stream: reads the header and resolves its columns
 * (refusing the file before anything is stored when a column cannot be imported), then reads
 * {@link #CHUNK_ROWS} rows (fewer when they are very long), has them processed (validated and
 * stored), and repeats, so that memory holds one chunk however large the file. Good rows are kept
 * when others are rejected.
 *
 * <p>Replies: 200 with the report; 422 for options or a header that cannot be imported; 400 when
 * the body stops being readable CSV (malformed, not UTF-8), after processing every row before that
 * line, with the report so far; 415 for a charset other than UTF-8.
 */
public final class CsvImporter {
    public static final int CHUNK_ROWS = 1000;
    /** A chunk of long rows is processed early, so that its memory stays bounded (characters). */
    static final long MAX_CHUNK_CHARS = 16L << 20;
    private static final Logger log = LoggerFactory.getLogger(CsvImporter.class);

    private CsvImporter() {
    }

    /** Validates and stores a chunk of rows, recording each row's fate in the tally. */
    @FunctionalInterface
    public interface ChunkProcessor {
        void process(List<CsvRows.Row> rows, ImportTally tally);
    }

    /** Storing a chunk failed unexpectedly. */
    private static final class ChunkFailed extends RuntimeException {
        private final long line;

        ChunkFailed(long line, RuntimeException cause) {
            super(cause);
            this.line = line;
        }
    }

    /**
     * Imports the body of {@code request}. {@code processors} makes the chunk processor for the
     * resolved columns; {@code counts} names the import's further counts (see {@link ImportTally#add}).
     */
    public static ResponseEntity<Object> run(HttpServletRequest request, CsvOptions options, CsvColumns.Catalog catalog,
                                             Function<CsvColumns, ChunkProcessor> processors, List<String> counts)
            throws IOException {
        Charset charset = declaredCharset(request);
        if (charset != null && !StandardCharsets.UTF_8.equals(charset) && !StandardCharsets.US_ASCII.equals(charset)) {
            return problem(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Charset " + charset.name() + " is not accepted here; send the CSV as UTF-8 (text/csv; charset=utf-8)."));
        }
        ImportTally tally = new ImportTally(counts);
        List<CsvRows.Row> chunk = new ArrayList<>(CHUNK_ROWS);
        long chunkChars = 0;
        ChunkProcessor processor = null;
        try (CsvRows rows = CsvRows.open(request.getInputStream(), options.delimiter())) {
            CsvColumns columns;
            try {
                columns = CsvColumns.resolve(rows.header(), options, catalog);
            } catch (InvalidInputException e) {
                return problem(Problems.validation(HttpStatus.UNPROCESSABLE_CONTENT, headerDetail(e.errors()), e.errors()));
            }
            processor = processors.apply(columns);
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                tally.countRow();
                chunk.add(row);
                for (String cell : row.cells()) {
                    chunkChars += cell.length();
                }
                if (chunk.size() == CHUNK_ROWS || chunkChars > MAX_CHUNK_CHARS) {
                    process(processor, chunk, tally);
                    chunkChars = 0;
                }
            }
            process(processor, chunk, tally);
            return ResponseEntity.ok(tally.body());
        } catch (CsvReadException e) {
            // Every row before the bad line is handled, so that the client may resume from that line.
            if (processor != null) {
                try {
                    process(processor, chunk, tally);
                } catch (ChunkFailed failed) {
                    return failed(failed, tally);
                }
            }
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-csv", e.getMessage()
                    + " Nothing from that line on was read; the rows before it were processed (" + tally.accepted() + " stored).");
            problem.setProperty("line", e.line());
            tally.body().forEach(problem::setProperty);
            return problem(problem);
        } catch (ChunkFailed e) {
            return failed(e, tally);
        }
    }

    /** The charset the Content-Type header names, or null when it names none. */
    private static Charset declaredCharset(HttpServletRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        try {
            return contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
        } catch (InvalidMediaTypeException e) {
            return null; // a charset name Java does not know: the bytes are read as UTF-8 all the same
        }
    }

    private static void process(ChunkProcessor processor, List<CsvRows.Row> chunk, ImportTally tally) {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            processor.process(chunk, tally);
        } catch (RuntimeException e) {
            throw new ChunkFailed(chunk.get(0).line(), e);
        } finally {
            tally.closeChunk();
            chunk.clear();
        }
    }

    private static ResponseEntity<Object> failed(ChunkFailed e, ImportTally tally) {
        log.error("A CSV import failed while storing the rows from line {}", e.line, e.getCause());
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "The server could not store the rows from line " + e.line + " on. It has been logged; the rows before were "
                        + "processed (" + tally.accepted() + " stored).");
        problem.setProperty("line", e.line);
        tally.body().forEach(problem::setProperty);
        return problem(problem);
    }

    private static String headerDetail(List<FieldProblem> errors) {
        StringBuilder detail = new StringBuilder("The CSV header cannot be imported, so nothing was stored. ");
        errors.stream().limit(3).forEach(e -> detail.append(e.field()).append(": ").append(e.message()).append(". "));
        if (errors.size() > 3) {
            detail.append("And ").append(errors.size() - 3).append(" more; see errors.");
        }
        return detail.toString().strip();
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
