package org.hamsafar.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;
import org.hamsafar.feedback.MetricCalendar;
import org.hamsafar.feedback.MetricInterval;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reports on stored analysis results: the dashboard summary of a scope and pages of comments. The
 * store aggregates; this service only adds day rows up into weeks and months of the display time
 * zone ({@code hamsafar.display-time-zone}).
 */
@Service
public class TextResults {
    /** The range reports read when the caller names none. */
    public static final int DEFAULT_DAYS = 90;
    public static final int DEFAULT_TOP = 10;

    private final TextResultQueries queries;
    private final ZoneId zone;

    TextResults(TextResultQueries queries, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone) {
        this.queries = queries;
        this.zone = ZoneId.of(zone);
    }

    /** The zone whose days trends follow. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The sentiment, trend, topics and top {@code top} negative topics by touchpoint of the filter's
     * texts, read with the same filter as {@link #comments}; the filter's scope needs both bounds.
     */
    public TextSummary summary(CommentFilter filter, MetricInterval interval, MetricCalendar calendar, int top) {
        TextScope scope = filter.scope();
        if (scope.from() == null || scope.to() == null) {
            throw new IllegalArgumentException("a summary needs a closed range");
        }
        NavigableMap<LocalDate, SentimentTally> days = queries.dailySentiment(filter, zone);
        SentimentTally total = days.values().stream().reduce(SentimentTally.EMPTY, SentimentTally::plus);
        LocalDate first = LocalDate.ofInstant(scope.from(), zone);
        LocalDate last = LocalDate.ofInstant(scope.to().minusNanos(1), zone);
        List<SentimentPoint> trend = TrendPeriods.sum(TrendPeriods.periods(first, last, interval, calendar), days, scope.from(),
                scope.to(), zone);
        return new TextSummary(filter, zone, interval, calendar, total, trend, queries.topicVolumes(filter),
                queries.negativeTopicsByTouchpoint(filter, top));
    }

    /** A page of the filter's comments, newest first; {@code cursor} is the previous page's {@link Page#nextCursor()}. */
    public Page<StoredComment> comments(CommentFilter filter, String cursor, int limit) {
        TextResultQueries.After after = cursor == null ? null : decode(cursor);
        List<StoredComment> rows = queries.comments(filter, after, limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        StoredComment last = rows.get(limit - 1);
        return new Page<>(rows.subList(0, limit), encode(last));
    }

    /** Touchpoints that texts came from, most texts first. */
    public List<String> touchpoints() {
        return queries.touchpoints(200);
    }

    private static String encode(StoredComment last) {
        Instant at = last.occurredAt();
        long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
        return Cursors.encode(micros + "|" + last.source() + "|" + last.sourceId());
    }

    private static TextResultQueries.After decode(String cursor) {
        String[] parts = Cursors.decode(cursor).split("\\|", 3);
        try {
            long micros = Long.parseLong(parts[0]);
            return new TextResultQueries.After(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000),
                    Math.floorMod(micros, 1_000_000) * 1_000L), parts[1], parts[2]);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("cursor", "is not a cursor returned by this API");
        }
    }
}
