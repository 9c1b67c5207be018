package org.hamsafar.shared.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.FieldProblem;

/**
 * The running report of an import: rows read, rows stored, further counts of the import's own
 * (duplicates, profiles created), and the rejected rows by line with their reasons. At most
 * {@link #MAX_LISTED} rejected rows are listed (the first ones, in file order); {@code rejectedCount}
 * counts them all.
 */
public final class ImportTally {
    public static final int MAX_LISTED = 1000;

    /** A row that was not stored: its line in the file (header = line 1) and why. */
    public record RejectedRow(long row, List<FieldProblem> errors) {
    }

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<RejectedRow> listed = new ArrayList<>();
    private final List<RejectedRow> chunk = new ArrayList<>();
    private long rows;
    private long accepted;
    private long rejectedCount;

    /** A report with the given further counts, each starting at 0. */
    ImportTally(List<String> counts) {
        counts.forEach(name -> this.counts.put(name, 0L));
    }

    void countRow() {
        rows++;
    }

    public void accepted(long count) {
        accepted += count;
    }

    /** Adds to one of the further counts (e.g. duplicates, profiles created). */
    public void add(String name, long count) {
        counts.merge(name, count, Long::sum);
    }

    /** A rejected row of the current chunk, in any order. */
    public void reject(long line, List<FieldProblem> errors) {
        chunk.add(new RejectedRow(line, List.copyOf(errors)));
    }

    /** Ends a chunk: its rejected rows join the list in line order. */
    void closeChunk() {
        chunk.sort(Comparator.comparingLong(RejectedRow::row));
        for (RejectedRow row : chunk) {
            rejectedCount++;
            if (listed.size() < MAX_LISTED) {
                listed.add(row);
            }
        }
        chunk.clear();
    }

    public long accepted() {
        return accepted;
    }

    /** The report as the API shows it. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rows", rows);
        body.put("accepted", accepted);
        body.putAll(counts);
        body.put("rejected", List.copyOf(listed));
        body.put("rejectedCount", rejectedCount);
        return body;
    }
}
