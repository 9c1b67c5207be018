package org.hamsafar.events;

import java.util.List;
import org.hamsafar.shared.FieldProblem;

/**
 * What became of a batch: how many events were stored, how many were duplicates of stored ones
 * (same id), and which items were rejected, by their index in the batch, with the reasons.
 */
public record IngestReport(long accepted, long duplicates, List<Rejection> rejected) {

    /** An item that was not stored, by its position in the batch (0-based; CSV imports use the line number). */
    public record Rejection(long index, List<FieldProblem> errors) {
    }
}
