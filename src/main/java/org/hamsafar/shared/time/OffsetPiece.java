package org.hamsafar.shared.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch {@code [from, to)} of a time range inside which a zone keeps one offset. Daily
 * series group UTC timestamps into local days by adding the offset in SQL, so a range that
 * crosses a daylight-saving change is queried piece by piece.
 */
public record OffsetPiece(Instant from, Instant to, ZoneOffset offset) {

    /** Cuts {@code [from, to)} at the zone's offset transitions. */
    public static List<OffsetPiece> of(Instant from, Instant to, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<OffsetPiece> pieces = new ArrayList<>();
        Instant start = from;
        while (start.isBefore(to)) {
            ZoneOffsetTransition next = rules.nextTransition(start);
            Instant end = next == null || !next.getInstant().isBefore(to) ? to : next.getInstant();
            pieces.add(new OffsetPiece(start, end, rules.getOffset(start)));
            start = end;
        }
        return pieces;
    }
}
