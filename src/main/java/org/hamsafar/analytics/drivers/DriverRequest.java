package org.hamsafar.analytics.drivers;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hamsafar.feedback.AnswerMatrix;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.time.IsoTimes;
import tools.jackson.databind.JsonNode;

/**
 * A key-driver question: the survey, its outcome question (default its first NPS, CSAT or CES
 * question), the driver questions (default every other scored question) and the period of
 * submission [from, to) (default the last {@link #DEFAULT_PERIOD} up to now, at most
 * {@link #MAX_PERIOD}). The questions are checked against the survey by {@link DriverAnalysis}.
 */
record DriverRequest(long surveyId, String outcome, List<String> drivers, Instant from, Instant to, String segment) {
    static final Duration DEFAULT_PERIOD = Duration.ofDays(365);
    static final Duration MAX_PERIOD = Duration.ofDays(5 * 366);
    private static final Set<String> FIELDS = Set.of("surveyId", "outcomeQuestion", "driverQuestions", "from", "to", "segment");
    private static final String TIME_FORMS = "must be an ISO-8601 date-time with offset (2026-05-01T00:00:00+03:30) or a date (2026-05-01)";

    static DriverRequest read(JsonNode body, ZoneId zone, Clock clock) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        });
        JsonNode survey = body.get("surveyId");
        long surveyId = 0;
        if (survey == null || survey.isNull()) {
            problems.add(new FieldProblem("surveyId", "is required"));
        } else if (!survey.isIntegralNumber() || !survey.canConvertToLong() || survey.longValue() <= 0) {
            problems.add(new FieldProblem("surveyId", "must be a survey's id (a positive whole number)"));
        } else {
            surveyId = survey.longValue();
        }
        String outcome = null;
        JsonNode outcomeNode = body.get("outcomeQuestion");
        if (outcomeNode != null && !outcomeNode.isNull()) {
            if (!outcomeNode.isString() || outcomeNode.asString().isBlank()) {
                problems.add(new FieldProblem("outcomeQuestion", "must be a question's key"));
            } else {
                outcome = outcomeNode.asString().strip();
            }
        }
        List<String> drivers = drivers(body.get("driverQuestions"), problems);
        String segment = SegmentMembers.read(body.get("segment"), "segment", problems);
        Instant from = time(body, "from", zone, problems);
        Instant to = time(body, "to", zone, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        to = to == null ? clock.instant() : to;
        from = from == null ? to.minus(DEFAULT_PERIOD) : from;
        if (!from.isBefore(to)) {
            throw InvalidInputException.of(body.hasNonNull("to") ? "to" : "from",
                    body.hasNonNull("to") ? "must be after from" : "must be before now (to defaults to now)");
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw InvalidInputException.of("from", "must be at most " + MAX_PERIOD.toDays() + " days before to");
        }
        return new DriverRequest(surveyId, outcome, drivers, from, to, segment);
    }

    /** Null when absent (every other scored question); otherwise 1 to 29 distinct keys. */
    private static List<String> drivers(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        int max = AnswerMatrix.MAX_QUESTIONS - 1;
        if (!node.isArray() || node.isEmpty() || node.size() > max) {
            problems.add(new FieldProblem("driverQuestions", "must be an array of 1 to " + max + " question keys"));
            return null;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode key = node.get(i);
            if (!key.isString() || key.asString().isBlank()) {
                problems.add(new FieldProblem("driverQuestions[" + i + "]", "must be a question's key"));
            } else if (!keys.add(key.asString().strip())) {
                problems.add(new FieldProblem("driverQuestions[" + i + "]", "is named twice"));
            }
        }
        return List.copyOf(keys);
    }

    private static Instant time(JsonNode body, String field, ZoneId zone, List<FieldProblem> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.isString() ? Digits.latin(node.asString().strip()) : "";
        try {
            return text.length() == 10 ? IsoTimes.parseQueryTime(text, zone) : IsoTimes.parseWithOffset(text);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(field, TIME_FORMS));
            return null;
        }
    }
}
