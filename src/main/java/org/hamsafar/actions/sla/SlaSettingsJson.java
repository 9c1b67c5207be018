package org.hamsafar.actions.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hamsafar.actions.CasePriority;
import org.hamsafar.shared.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of {@link SlaSettings}, read field by field so that every mistake is named with its
 * path ({@code policies.high.resolutionMinutes}, {@code week.saturday[0].from},
 * {@code holidays[2].date}); unknown fields are refused. The same form is stored.
 */
final class SlaSettingsJson {
    private static final Set<String> FIELDS = Set.of("policies", "week", "holidays", "zone");
    /** Written by GET; a client may send a GET body back unchanged, so these are accepted and ignored. */
    private static final Set<String> READ_ONLY = Set.of("changedAt", "changedBy", "recomputedCases");
    private static final Set<String> POLICY_FIELDS = Set.of("firstResponseMinutes", "resolutionMinutes");
    private static final Set<String> HOLIDAY_FIELDS = Set.of("date", "name", "hours");
    private static final Set<String> PERIOD_FIELDS = Set.of("from", "to");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_PERIODS = 12;
    private static final int MAX_HOLIDAYS = 1000;
    private static final int MAX_NAME = 100;
    private static final String DAYS = "saturday, sunday, monday, tuesday, wednesday, thursday, friday";

    private SlaSettingsJson() {
    }

    static Map<String, Object> write(SlaSettings settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> policies = new LinkedHashMap<>();
        for (CasePriority priority : CasePriority.values()) {
            SlaPolicy policy = settings.policy(priority);
            policies.put(priority.key(), Map.of("firstResponseMinutes", policy.firstResponseMinutes(),
                    "resolutionMinutes", policy.resolutionMinutes()));
        }
        out.put("policies", policies);
        Map<String, Object> week = new LinkedHashMap<>();
        for (DayOfWeek day : WorkingWeek.ORDER) {
            week.put(WorkingWeek.key(day), periods(settings.week().on(day)));
        }
        out.put("week", week);
        out.put("holidays", settings.holidays().stream().map(h -> {
            Map<String, Object> holiday = new LinkedHashMap<>();
            holiday.put("date", h.date().toString());
            holiday.put("name", h.name());
            holiday.put("hours", periods(h.hours()));
            return holiday;
        }).toList());
        out.put("zone", settings.zone().getId());
        out.put("changedAt", settings.changedAt() == null ? null : settings.changedAt().toString());
        out.put("changedBy", settings.changedBy());
        return out;
    }

    private static List<Map<String, String>> periods(List<WorkingPeriod> periods) {
        return periods.stream().map(p -> {
            Map<String, String> period = new LinkedHashMap<>();
            period.put("from", p.fromText());
            period.put("to", p.toText());
            return period;
        }).toList();
    }

    /** The settings in {@code body}, or null with {@code problems} saying why not. */
    static SlaSettings read(JsonNode body, List<FieldProblem> problems) {
        if (body == null || !body.isObject()) {
            problems.add(new FieldProblem("body", "must be a JSON object"));
            return null;
        }
        int before = problems.size();
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name) && !READ_ONLY.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        }
        Map<CasePriority, SlaPolicy> policies = policies(required(body, "policies", problems), problems);
        WorkingWeek week = week(required(body, "week", problems), problems);
        List<Holiday> holidays = holidays(required(body, "holidays", problems), problems);
        ZoneId zone = zone(required(body, "zone", problems), problems);
        if (problems.size() > before) {
            return null;
        }
        return new SlaSettings(policies, week, holidays, zone, null, null);
    }

    private static JsonNode required(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        return value;
    }

    private static Map<CasePriority, SlaPolicy> policies(JsonNode node, List<FieldProblem> problems) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("policies", "must be an object with one entry per priority: low, normal, high, urgent"));
            return null;
        }
        Map<CasePriority, SlaPolicy> policies = new EnumMap<>(CasePriority.class);
        for (String name : node.propertyNames()) {
            if (CasePriority.fromKey(name).isEmpty()) {
                problems.add(new FieldProblem("policies." + name, "unknown priority; must be one of low, normal, high, urgent"));
            }
        }
        for (CasePriority priority : CasePriority.values()) {
            String at = "policies." + priority.key();
            JsonNode policy = node.get(priority.key());
            if (policy == null || policy.isNull()) {
                problems.add(new FieldProblem(at, "is required"));
                continue;
            }
            if (!policy.isObject()) {
                problems.add(new FieldProblem(at, "must be an object with firstResponseMinutes and resolutionMinutes"));
                continue;
            }
            unknown(policy, POLICY_FIELDS, at, problems);
            Integer first = minutes(policy, at + ".firstResponseMinutes", "firstResponseMinutes", problems);
            Integer resolution = minutes(policy, at + ".resolutionMinutes", "resolutionMinutes", problems);
            if (first != null && resolution != null) {
                if (resolution < first) {
                    problems.add(new FieldProblem(at + ".resolutionMinutes",
                            "must be at least firstResponseMinutes (" + first + "): a case cannot be due resolved before it is due answered"));
                } else {
                    policies.put(priority, new SlaPolicy(first, resolution));
                }
            }
        }
        return policies;
    }

    private static Integer minutes(JsonNode policy, String at, String field, List<FieldProblem> problems) {
        JsonNode value = policy.get(field);
        if (value == null || value.isNull()) {
            problems.add(new FieldProblem(at, "is required"));
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1 || value.asInt() > SlaPolicy.MAX_MINUTES) {
            problems.add(new FieldProblem(at, "must be a whole number of working minutes from 1 to " + SlaPolicy.MAX_MINUTES));
            return null;
        }
        return value.asInt();
    }

    private static WorkingWeek week(JsonNode node, List<FieldProblem> problems) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("week", "must be an object from day name (" + DAYS + ") to working periods"));
            return null;
        }
        int before = problems.size();
        Map<DayOfWeek, List<WorkingPeriod>> days = new EnumMap<>(DayOfWeek.class);
        for (String name : node.propertyNames()) {
            DayOfWeek day = WorkingWeek.dayOf(name).orElse(null);
            if (day == null) {
                problems.add(new FieldProblem("week." + name, "unknown day; must be one of " + DAYS));
                continue;
            }
            List<WorkingPeriod> periods = periods(node.get(name), "week." + name, problems);
            if (periods != null) {
                days.put(day, periods);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        if (days.values().stream().allMatch(List::isEmpty)) {
            problems.add(new FieldProblem("week", "must have some working time; days not listed or with no periods are days off"));
            return null;
        }
        return new WorkingWeek(days);
    }

    /** A list of {from, to} periods, sorted and checked for overlaps; null with problems when wrong. */
    private static List<WorkingPeriod> periods(JsonNode node, String at, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem(at, "must be a list of periods such as {\"from\": \"08:00\", \"to\": \"16:00\"} (empty: no work)"));
            return null;
        }
        if (node.size() > MAX_PERIODS) {
            problems.add(new FieldProblem(at, "must have at most " + MAX_PERIODS + " periods"));
            return null;
        }
        int before = problems.size();
        List<WorkingPeriod> periods = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String here = at + "[" + i + "]";
            JsonNode period = node.get(i);
            if (!period.isObject()) {
                problems.add(new FieldProblem(here, "must be an object with from and to (HH:MM)"));
                continue;
            }
            unknown(period, PERIOD_FIELDS, here, problems);
            Integer from = time(period.get("from"), here + ".from", false, problems);
            Integer to = time(period.get("to"), here + ".to", true, problems);
            if (from != null && to != null) {
                if (to <= from) {
                    problems.add(new FieldProblem(here + ".to", "must be after from (" + WorkingPeriod.format(from) + ")"));
                } else {
                    periods.add(new WorkingPeriod(from, to));
                    paths.add(here);
                }
            }
        }
        for (int i = 0; i < periods.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (periods.get(i).overlaps(periods.get(j))) {
                    problems.add(new FieldProblem(paths.get(i), "overlaps " + paths.get(j) + " ("
                            + periods.get(j).fromText() + "-" + periods.get(j).toText() + ")"));
                    break;
                }
            }
        }
        return problems.size() > before ? null : periods;
    }

    /** Minutes after midnight of an "HH:MM" time; "24:00" only as the end of a period. */
    private static Integer time(JsonNode node, String at, boolean end, List<FieldProblem> problems) {
        String range = end ? "00:01 to 24:00" : "00:00 to 23:59";
        if (node == null || node.isNull()) {
            problems.add(new FieldProblem(at, "is required, a time HH:MM (" + range + ")"));
            return null;
        }
        Integer minute = node.isString() ? WorkingPeriod.minuteOfDay(node.asString()).orElse(null) : null;
        if (minute == null || (end && minute == 0) || (!end && minute == WorkingPeriod.END_OF_DAY)) {
            problems.add(new FieldProblem(at, "must be a time HH:MM (" + range + ")"));
            return null;
        }
        return minute;
    }

    private static List<Holiday> holidays(JsonNode node, List<FieldProblem> problems) {
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem("holidays", "must be a list of {date, name, hours}"));
            return null;
        }
        if (node.size() > MAX_HOLIDAYS) {
            problems.add(new FieldProblem("holidays", "must have at most " + MAX_HOLIDAYS + " dates"));
            return null;
        }
        int before = problems.size();
        List<Holiday> holidays = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "holidays[" + i + "]";
            JsonNode holiday = node.get(i);
            if (!holiday.isObject()) {
                problems.add(new FieldProblem(at, "must be an object with date (YYYY-MM-DD), an optional name and optional hours"));
                continue;
            }
            unknown(holiday, HOLIDAY_FIELDS, at, problems);
            LocalDate date = date(holiday.get("date"), at + ".date", problems);
            if (date != null && seen.putIfAbsent(date, i) != null) {
                problems.add(new FieldProblem(at + ".date", date + " is already listed at holidays[" + seen.get(date) + "]"));
                date = null;
            }
            String name = name(holiday.get("name"), at + ".name", problems);
            List<WorkingPeriod> hours = periods(holiday.get("hours"), at + ".hours", problems);
            if (date != null && hours != null) {
                holidays.add(new Holiday(date, name, hours));
            }
        }
        return problems.size() > before ? null : holidays;
    }

    private static LocalDate date(JsonNode node, String at, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            problems.add(new FieldProblem(at, "is required, an ISO date YYYY-MM-DD"));
            return null;
        }
        if (node.isString() && ISO_DATE.matcher(node.asString()).matches()) {
            try {
                return LocalDate.parse(node.asString());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(at, "is not a real date: " + node.asString()));
                return null;
            }
        }
        problems.add(new FieldProblem(at, "must be an ISO date YYYY-MM-DD (Gregorian)"));
        return null;
    }

    private static String name(JsonNode node, String at, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() || node.asString().length() > MAX_NAME || node.asString().indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(at, "must be text of at most " + MAX_NAME + " characters"));
            return null;
        }
        return node.asString().isBlank() ? null : node.asString().strip();
    }

    private static ZoneId zone(JsonNode node, List<FieldProblem> problems) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            try {
                return ZoneId.of(node.asString());
            } catch (RuntimeException e) {
                // falls through to the problem below
            }
        }
        problems.add(new FieldProblem("zone", "must be a time-zone id such as Asia/Tehran or Europe/Berlin"));
        return null;
    }

    private static void unknown(JsonNode node, Set<String> fields, String at, List<FieldProblem> problems) {
        for (String name : node.propertyNames()) {
            if (!fields.contains(name)) {
                problems.add(new FieldProblem(at + "." + name, "unknown field"));
            }
        }
    }
}
