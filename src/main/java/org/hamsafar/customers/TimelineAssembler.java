package org.hamsafar.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Page;
import org.springframework.stereotype.Component;

/**
 * Builds a customer's timeline from every {@link TimelineSource} as one stream, newest first,
 * ordered by (time, source, id) descending. The cursor is the last entry's position in that order;
 * each source is asked only for entries after it, so pages neither repeat nor skip entries.
 */
@Component
class TimelineAssembler {
    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator
            .comparing(TimelineEntry::occurredAt)
            .thenComparing(TimelineEntry::source)
            .thenComparing(TimelineEntry::id)
            .reversed();
    private final List<TimelineSource> sources;

    TimelineAssembler(List<TimelineSource> sources) {
        this.sources = sources;
    }

    Page<TimelineEntry> page(long customerId, String channel, String cursor, int limit) {
        Position after = cursor == null ? null : Position.decode(cursor);
        List<TimelineEntry> entries = new ArrayList<>();
        for (TimelineSource source : sources) {
            entries.addAll(source.newestFirst(customerId, windowFor(source.name(), after, channel, limit + 1)));
        }
        entries.sort(NEWEST_FIRST);
        boolean more = entries.size() > limit;
        List<TimelineEntry> page = more ? entries.subList(0, limit) : entries;
        String next = more ? new Position(page.get(limit - 1)).encode() : null;
        return new Page<>(page, next);
    }

    private static TimelineWindow windowFor(String source, Position after, String channel, int limit) {
        if (after == null) {
            return new TimelineWindow(channel, null, null, false, limit);
        }
        int order = source.compareTo(after.source());
        if (order > 0) {
            return new TimelineWindow(channel, after.time(), null, false, limit);
        }
        if (order == 0) {
            return new TimelineWindow(channel, after.time(), after.id(), false, limit);
        }
        return new TimelineWindow(channel, after.time(), null, true, limit);
    }

    /** Where a page ended: the last entry's time (microseconds), source and id. */
    private record Position(Instant time, String source, String id) {
        Position(TimelineEntry entry) {
            this(entry.occurredAt(), entry.source(), entry.id());
        }

        String encode() {
            long micros = time.getEpochSecond() * 1_000_000 + time.getNano() / 1_000;
            return Cursors.encode(micros + "|" + source + "|" + id);
        }

        static Position decode(String cursor) {
            String[] parts = Cursors.decode(cursor).split("\\|", 3);
            try {
                long micros = Long.parseLong(parts[0]);
                return new Position(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L),
                        parts[1], parts[2]);
            } catch (RuntimeException e) {
                throw InvalidInputException.of("cursor", "is not a cursor returned by this API");
            }
        }
    }
}
