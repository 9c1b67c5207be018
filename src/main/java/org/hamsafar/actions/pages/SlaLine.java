package org.hamsafar.actions.pages;

import java.time.Instant;
import java.util.List;
import org.hamsafar.actions.sla.SlaStatus;

/**
 * One SLA target of a case for the page: {@code target} first_response or resolution, the promise
 * in working minutes, when it falls due, where it stands (pending, met, breached, cancelled) and,
 * while it runs, the working minutes left (negative: overdue).
 */
public record SlaLine(String target, int targetMinutes, Instant due, String state, Long minutesLeft, Instant breachedAt,
                      Instant escalatedAt) {

    static List<SlaLine> of(SlaStatus s) {
        return List.of(
                new SlaLine("first_response", s.firstResponseMinutes(), s.firstResponseDue(), s.firstResponse().key(),
                        s.firstResponseMinutesLeft(), s.firstResponseBreachedAt(), s.firstResponseEscalatedAt()),
                new SlaLine("resolution", s.resolutionMinutes(), s.resolutionDue(), s.resolution().key(),
                        s.resolutionMinutesLeft(), s.resolutionBreachedAt(), s.resolutionEscalatedAt()));
    }

    public boolean running() {
        return minutesLeft != null;
    }

    public boolean overdue() {
        return minutesLeft != null && minutesLeft < 0;
    }

    /** Whole hours of the working time left (or overdue). */
    public long hours() {
        return minutesLeft == null ? 0 : Math.abs(minutesLeft) / 60;
    }

    /** The minutes beyond {@link #hours()}. */
    public long minutes() {
        return minutesLeft == null ? 0 : Math.abs(minutesLeft) % 60;
    }

    public long targetHours() {
        return targetMinutes / 60;
    }

    public long targetRestMinutes() {
        return targetMinutes % 60;
    }
}
