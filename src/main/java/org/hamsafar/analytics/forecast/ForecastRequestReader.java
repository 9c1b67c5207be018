package org.hamsafar.analytics.forecast;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of {@code POST /api/v1/analytics/forecast}, naming every bad field at once.
 * Series hold whole periods only: {@code from} moves forward to the start of a period, {@code to}
 * (exclusive) back to one, and {@code to} may not lie after the start of the current period, which
 * is not over yet.
 */
final class ForecastRequestReader {
    static final int MAX_YEARS = 5;
    static final int MAX_HORIZON_DAYS = 180;
    static final int MAX_HORIZON_WEEKS = 104;
    static final int MAX_ORIGINS = 30;
    private static final Set<String> FIELDS = Set.of("metric", "granularity", "from", "to", "horizon", "seasonality", "model", "level",
            "anomalyLevel", "backtestOrigins");

    private ForecastRequestReader() {
    }

    static ForecastRequest read(JsonNode body, LocalDate today) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        });
        MetricDefinition metric = MetricDefinitionReader.read(body.get("metric"), "metric", problems);
        Granularity granularity = Granularity.DAY;
        String granularityText = text(body, "granularity");
        if (granularityText != null) {
            granularity = Granularity.fromKey(granularityText).orElse(null);
            if (granularity == null) {
                problems.add(new FieldProblem("granularity", "must be day or week"));
                granularity = Granularity.DAY;
            }
        }
        LocalDate current = granularity.start(today);
        LocalDate to = date(body, "to", problems);
        LocalDate from = date(body, "from", problems);
        LocalDate end = to == null ? current : granularity.start(to);
        if (to != null && end.isAfter(current)) {
            problems.add(new FieldProblem("to", "must be on or before " + current + ": the current " + granularity.key() + " is not over"));
        }
        LocalDate first = from == null ? granularity.plus(end, granularity == Granularity.DAY ? -182 : -156) : granularity.startOnOrAfter(from);
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(new FieldProblem("from", "must be before to"));
        } else if (!first.isBefore(end)) {
            problems.add(new FieldProblem("from", "leaves no whole " + granularity.key() + " before to"));
        } else if (first.isBefore(end.minusYears(MAX_YEARS))) {
            problems.add(new FieldProblem("from", "must be at most " + MAX_YEARS + " years before to"));
        }
        int maxHorizon = granularity == Granularity.DAY ? MAX_HORIZON_DAYS : MAX_HORIZON_WEEKS;
        int horizon = whole(body, "horizon", granularity == Granularity.DAY ? 28 : 13, 1, maxHorizon, problems);
        boolean autoSeason = true;
        int period = 0;
        JsonNode seasonality = body.get("seasonality");
        if (seasonality != null && !seasonality.isNull()) {
            String text = seasonality.isString() ? seasonality.asString().strip() : null;
            if ("none".equals(text)) {
                autoSeason = false;
            } else if (seasonality.isIntegralNumber() && seasonality.canConvertToInt() && seasonality.asInt() >= 2
                    && seasonality.asInt() <= ModelSpec.MAX_PERIOD) {
                autoSeason = false;
                period = seasonality.asInt();
            } else if (!"auto".equals(text)) {
                problems.add(new FieldProblem("seasonality", "must be \"auto\", \"none\" or a whole number of periods from 2 to "
                        + ModelSpec.MAX_PERIOD + " (7: a week of days, 52: a year of weeks)"));
            }
        }
        List<SeasonalForm> forms = List.of(SeasonalForm.ADDITIVE, SeasonalForm.MULTIPLICATIVE);
        String model = text(body, "model");
        if (model != null) {
            switch (model) {
                case "additive" -> forms = List.of(SeasonalForm.ADDITIVE);
                case "multiplicative" -> forms = List.of(SeasonalForm.MULTIPLICATIVE);
                case "auto" -> {
                }
                default -> problems.add(new FieldProblem("model", "must be additive, multiplicative or auto"));
            }
        }
        double level = fraction(body, "level", 0.95, problems);
        double anomalyLevel = fraction(body, "anomalyLevel", 0.99, problems);
        int origins = whole(body, "backtestOrigins", 8, 1, MAX_ORIGINS, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ForecastRequest(metric, granularity, first, end, horizon, autoSeason, period, forms, level, anomalyLevel, origins);
    }

    static long periods(Granularity granularity, LocalDate first, LocalDate end) {
        return granularity == Granularity.DAY ? ChronoUnit.DAYS.between(first, end) : ChronoUnit.WEEKS.between(first, end);
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isString() ? node.asString().strip() : "";
    }

    private static LocalDate date(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            LocalDate date = node.isString() ? LocalDate.parse(Digits.latin(node.asString().strip())) : null;
            if (date != null && date.getYear() >= 1970 && date.getYear() <= 9998) {
                return date;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "must be an ISO-8601 date such as 2026-01-31 (a day of the display time zone), 1970 to 9998"));
        return null;
    }

    private static int whole(JsonNode body, String field, int fallback, int min, int max, List<FieldProblem> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            problems.add(new FieldProblem(field, "must be a whole number from " + min + " to " + max));
            return fallback;
        }
        return node.asInt();
    }

    private static double fraction(JsonNode body, String field, double fallback, List<FieldProblem> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isNumber() || node.asDouble() < 0.5 || node.asDouble() > 0.999) {
            problems.add(new FieldProblem(field, "must be a number from 0.5 to 0.999, such as 0.95"));
            return fallback;
        }
        return node.asDouble();
    }
}
