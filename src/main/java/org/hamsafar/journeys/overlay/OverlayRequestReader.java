package org.hamsafar.journeys.overlay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamsafar.journeys.QueryTimes;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.time.DurationText;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the overlay's query parameters, as the API and the page send them: {@code from} and
 * {@code to} (ISO-8601 date-times with offset, or dates: midnight in the display time zone, read
 * like every journey query's times by {@link QueryTimes}; default
 * the last {@value #DEFAULT_DAYS} days up to the next midnight), {@code window} (7d, 24h, 90m or
 * ISO-8601; more than 0, at most 90 days; default 7 days), {@code segment} (a customer tag key),
 * {@code personaSegment} (true or false, default false) and {@code version} (1 or more). Every
 * problem is reported at once, by parameter name.
 */
final class OverlayRequestReader {
    static final int DEFAULT_DAYS = 30;
    static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    static final Duration MAX_WINDOW = Duration.ofDays(90);
    /** The longest period: two years of events is what one overlay reads at most. */
    static final Duration MAX_PERIOD = Duration.ofDays(731);

    private OverlayRequestReader() {
    }

    static OverlayQuery read(long mapId, Map<String, String> params, ZoneId zone, Clock clock) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), zone).plusDays(1);
        Instant to = time(params.get("to"), "to", zone, problems);
        Instant from = time(params.get("from"), "from", zone, problems);
        if (to == null && blank(params.get("to"))) {
            to = tomorrow.atStartOfDay(zone).toInstant();
        }
        if (from == null && blank(params.get("from")) && to != null) {
            from = to.minus(Duration.ofDays(DEFAULT_DAYS));
        }
        if (from != null && to != null) {
            if (!from.isBefore(to)) {
                problems.add(new FieldProblem("from", "must be before to"));
            } else if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
                problems.add(new FieldProblem("from", "must be at most " + MAX_PERIOD.toDays() + " days before to"));
            }
        }
        Duration window = window(params.get("window"), problems);
        String segment = null;
        if (!blank(params.get("segment"))) {
            segment = params.get("segment").strip();
            if (!Keys.isKey(segment)) {
                problems.add(new FieldProblem("segment", "must be a customer tag key: a lower-case letter, then up to 63 of a-z 0-9 _ . -"));
            }
        }
        boolean personaSegment = false;
        String persona = params.get("personaSegment");
        if (!blank(persona)) {
            if (persona.strip().equals("true")) {
                personaSegment = true;
            } else if (!persona.strip().equals("false")) {
                problems.add(new FieldProblem("personaSegment", "must be true or false"));
            }
        }
        Integer version = null;
        String versionText = params.get("version");
        if (!blank(versionText)) {
            String digits = Digits.latin(versionText.strip());
            if (!digits.matches("\\d{1,9}") || Integer.parseInt(digits) < 1) {
                problems.add(new FieldProblem("version", "must be a version number, 1 or more"));
            } else {
                version = Integer.parseInt(digits);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OverlayQuery(mapId, version, from, to, window, segment, personaSegment);
    }

    /** Read as every journey query reads its times ({@link QueryTimes}). */
    private static Instant time(String text, String field, ZoneId zone, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        return QueryTimes.read(JsonNodeFactory.instance.objectNode().put(field, text), field, zone, problems);
    }

    private static Duration window(String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return DEFAULT_WINDOW;
        }
        Duration window = DurationText.parse(Digits.latin(text.strip()));
        if (window == null) {
            problems.add(new FieldProblem("window", "is not a duration: use \"7d\", \"24h\", \"90m\" or ISO-8601 such as \"P7D\""));
            return null;
        }
        if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
            problems.add(new FieldProblem("window", "must be more than 0 and at most 90 days"));
            return null;
        }
        return window;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
