package org.hamsafar.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.SegmentMembers;

/**
 * Which answers a metric reads and how its series is cut.
 *
 * @param from       first instant counted
 * @param to         first instant no longer counted; after {@code from}, at most 5 years later
 * @param zone       the time zone whose local days, weeks and months the series follows
 * @param interval   one series point per day, week or month (null: day)
 * @param calendar   Gregorian or Jalali weeks and months (null: Gregorian)
 * @param surveyId   only this survey's answers; null for all surveys
 * @param touchpoint only answers given at this touchpoint (a key); null for all
 * @param channel    only answers that came through this channel ({@link Channel#key()}); null for all
 * @param segment    only answers of customers who carry this tag now (a segment's key is its tag); null for all
 * @throws InvalidInputException naming the field when a value breaks these rules
 */
public record MetricQuery(Instant from, Instant to, ZoneId zone, MetricInterval interval, MetricCalendar calendar,
                          Long surveyId, String touchpoint, String channel, String segment) {
    /** The longest range, in years: bounds the work of one request (about 1,800 day rows). */
    public static final int MAX_YEARS = 5;
    /** Bounds that both stores and java.time handle without overflow. */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    public MetricQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        interval = interval == null ? MetricInterval.DAY : interval;
        calendar = calendar == null ? MetricCalendar.GREGORIAN : calendar;
        if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
            throw InvalidInputException.of("from", "must be between 1900 and 9998");
        }
        if (to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw InvalidInputException.of("to", "must be between 1900 and 9998");
        }
        if (!from.isBefore(to)) {
            throw InvalidInputException.of("from", "must be before to");
        }
        if (to.isAfter(from.atZone(zone).plusYears(MAX_YEARS).toInstant())) {
            throw InvalidInputException.of("from", "must be at most " + MAX_YEARS + " years before to");
        }
        if (touchpoint != null && !Keys.isKey(touchpoint)) {
            throw InvalidInputException.of("touchpoint", "must be a key: a lower-case letter, then up to 63 of a-z 0-9 _ . -");
        }
        if (segment != null && !Keys.isKey(segment)) {
            throw InvalidInputException.of("segment", SegmentMembers.RULE);
        }
        if (channel != null && Channel.fromKey(channel).isEmpty()) {
            throw InvalidInputException.of("channel", "must be one of "
                    + Arrays.stream(Channel.values()).map(Channel::key).collect(Collectors.joining(", ")));
        }
    }

    /** All answers of [from, to): daily Gregorian series, no filters. */
    public static MetricQuery of(Instant from, Instant to, ZoneId zone) {
        return new MetricQuery(from, to, zone, MetricInterval.DAY, MetricCalendar.GREGORIAN, null, null, null, null);
    }

    public MetricQuery withInterval(MetricInterval interval, MetricCalendar calendar) {
        return new MetricQuery(from, to, zone, interval, calendar, surveyId, touchpoint, channel, segment);
    }

    public MetricQuery withSurvey(Long surveyId) {
        return new MetricQuery(from, to, zone, interval, calendar, surveyId, touchpoint, channel, segment);
    }

    public MetricQuery withTouchpoint(String touchpoint) {
        return new MetricQuery(from, to, zone, interval, calendar, surveyId, touchpoint, channel, segment);
    }

    public MetricQuery withChannel(String channel) {
        return new MetricQuery(from, to, zone, interval, calendar, surveyId, touchpoint, channel, segment);
    }

    public MetricQuery withSegment(String segment) {
        return new MetricQuery(from, to, zone, interval, calendar, surveyId, touchpoint, channel, segment);
    }

    /** The local day of {@code from}. */
    LocalDate firstDay() {
        return LocalDate.ofInstant(from, zone);
    }

    /** The local day of the last instant counted (the range's end is exclusive). */
    LocalDate lastDay() {
        return LocalDate.ofInstant(to.minusNanos(1), zone);
    }
}
