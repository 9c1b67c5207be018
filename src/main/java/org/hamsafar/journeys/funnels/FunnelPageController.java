package org.hamsafar.journeys.funnels;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamsafar.customers.CustomerGroupings;
import org.hamsafar.events.InteractionVocabulary;
import org.hamsafar.events.InteractionVocabulary.ValueCount;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.time.PageDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The funnel page ({@code /journeys/funnels}, any signed-in user): a GET form that builds a funnel
 * (its URL is the bookmark), the funnel's chart and table, the breakdown, and per step a download
 * of the customers who dropped out there. The form's values go through the same validation as the
 * API; its problems are shown next to their fields.
 */
@Controller
class FunnelPageController {
    static final List<String> WINDOWS = List.of("1h", "24h", "7d", "14d", "30d", "90d");
    private static final int DEFAULT_DAYS = 30;
    private final Funnels funnels;
    private final DroppedCustomersCsv csv;
    private final InteractionVocabulary vocabulary;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ZoneId zone;
    private final Clock clock;

    FunnelPageController(Funnels funnels, DroppedCustomersCsv csv, InteractionVocabulary vocabulary, MessageSource messages,
                         JsonMapper json, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone, Clock clock) {
        this.funnels = funnels;
        this.csv = csv;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.json = json;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    /** A step's row of the results table. {@code median} is the median gap in parts such as (2, "h"), (5, "min"). */
    public record StepView(FunnelReport.Step step, int row, List<DurationParts.Part> median, String droppedUrl) {
    }

    /** A breakdown group's row: its label and its steps. */
    public record GroupView(FunnelReport.Group group, String label) {
    }

    /** A picker option: the value and how many stored events have it (null: none stored, kept because it is chosen). */
    public record Option(String value, Long events) {
    }

    @GetMapping("/journeys/funnels")
    ModelAndView page(@RequestParam Map<String, String> params) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean persian = "fa".equals(locale.getLanguage());
        FunnelForm form = FunnelForm.of(params);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate firstDay = date(form.from(), "from", form);
        LocalDate lastDay = date(form.to(), "to", form);
        LocalDate start = firstDay == null ? today.minusDays(DEFAULT_DAYS - 1L) : firstDay;
        LocalDate end = lastDay == null ? today : lastDay;
        FunnelReport report = null;
        FunnelDefinition definition = null;
        if (form.submitted()) {
            // The end date is included: the period runs to the midnight after it.
            ObjectNode body = form.body(start.atStartOfDay(zone).toInstant().toString(),
                    end.plusDays(1).atStartOfDay(zone).toInstant().toString());
            if (form.errors().isEmpty()) {
                try {
                    definition = FunnelRequestReader.read(body, zone, clock);
                    report = funnels.query(definition);
                } catch (InvalidInputException e) {
                    form.place(e.errors());
                }
            } else {
                // Show every problem at once: the API's too, for the fields the form could send.
                try {
                    FunnelRequestReader.read(body, zone, clock);
                } catch (InvalidInputException e) {
                    form.place(e.errors());
                }
            }
        }
        ModelAndView view = new ModelAndView("journeys/funnels");
        view.addObject("form", form);
        view.addObject("rows", form.rows());
        view.addObject("fromValue", form.from().isEmpty() ? PageDays.show(start, persian) : form.from());
        view.addObject("toValue", form.to().isEmpty() ? PageDays.show(end, persian) : form.to());
        view.addObject("windowValue", form.window().isEmpty() ? "7d" : form.window());
        view.addObject("windows", WINDOWS);
        view.addObject("errors", localized(form.errors(), locale));
        view.addObject("attributes", CustomerGroupings.attributes());
        view.addObject("propertyRows", FunnelForm.PROPERTY_ROWS);
        view.addObject("maxSteps", org.hamsafar.events.InteractionFunnels.MAX_STEPS);
        addPickers(view, form);
        String query = form.query();
        view.addObject("bookmark", "/journeys/funnels" + (query.isEmpty() ? "" : "?" + query));
        view.addObject("report", report);
        if (report != null) {
            view.addObject("periodStart", report.from());
            view.addObject("periodEnd", report.to().minusSeconds(1));
            view.addObject("windowShown", human(DurationParts.of((double) definition.window().toSeconds()), persian, locale));
            view.addObject("stepViews", stepViews(report, form, query));
            view.addObject("groupViews", groupViews(report, locale));
            view.addObject("chart", chart(report, locale));
        }
        return view;
    }

    @GetMapping("/journeys/funnels/dropped.csv")
    ModelAndView droppedCsv(@RequestParam Map<String, String> params, @RequestParam(name = "dropStep", required = false) String dropStep,
                            HttpServletResponse response) throws IOException {
        FunnelForm form = FunnelForm.of(params);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate firstDay = date(form.from(), "from", form);
        LocalDate lastDay = date(form.to(), "to", form);
        LocalDate start = firstDay == null ? today.minusDays(DEFAULT_DAYS - 1L) : firstDay;
        LocalDate end = lastDay == null ? today : lastDay;
        ObjectNode body = form.body(start.atStartOfDay(zone).toInstant().toString(), end.plusDays(1).atStartOfDay(zone).toInstant().toString());
        if (dropStep != null && dropStep.matches("\\d{1,2}")) {
            body.put("step", Integer.parseInt(dropStep));
        }
        DroppedQuery query;
        try {
            if (!form.errors().isEmpty() || !body.has("step")) {
                throw new InvalidInputException(List.of(new FieldProblem("step", "invalid")));
            }
            query = FunnelRequestReader.readDropped(body, zone, clock);
        } catch (InvalidInputException e) {
            // A hand-edited link: back to the page, which shows what is wrong with the funnel.
            String back = form.query();
            return new ModelAndView("redirect:/journeys/funnels" + (back.isEmpty() ? "" : "?" + back));
        }
        csv.send(query, response);
        return null;
    }

    private static LocalDate date(String text, String field, FunnelForm form) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return PageDays.parse(text);
        } catch (DateTimeException e) {
            form.problem(field, "not a date");
            return null;
        }
    }

    private void addPickers(ModelAndView view, FunnelForm form) {
        InteractionVocabulary.Vocabulary stored = vocabulary.stored();
        Map<String, Long> channelCounts = new LinkedHashMap<>();
        stored.channels().forEach(c -> channelCounts.put(c.value(), c.events()));
        List<Option> channels = new ArrayList<>();
        Arrays.stream(Channel.values()).forEach(c -> channels.add(new Option(c.key(), channelCounts.get(c.key()))));
        List<String> chosenTypes = form.rows().stream().map(FunnelForm.Row::type).toList();
        List<String> chosenTouchpoints = form.rows().stream().map(FunnelForm.Row::touchpoint).toList();
        view.addObject("types", options(stored.types(), chosenTypes));
        view.addObject("channels", channels);
        view.addObject("touchpoints", options(stored.touchpoints(), chosenTouchpoints));
    }

    /** The stored values, most frequent first, plus any chosen value that is not stored (so that the form keeps it). */
    private static List<Option> options(List<ValueCount> stored, List<String> chosen) {
        List<Option> options = new ArrayList<>();
        stored.forEach(v -> options.add(new Option(v.value(), v.events())));
        for (String value : chosen) {
            if (!value.isEmpty() && options.stream().noneMatch(o -> o.value().equals(value))) {
                options.add(new Option(value, null));
            }
        }
        return options;
    }

    private List<StepView> stepViews(FunnelReport report, FunnelForm form, String query) {
        List<StepView> views = new ArrayList<>();
        for (FunnelReport.Step step : report.steps()) {
            String dropped = step.index() == 0 ? null
                    : "/journeys/funnels/dropped.csv?" + (query.isEmpty() ? "" : query + "&") + "dropStep=" + step.index();
            views.add(new StepView(step, form.rowOf(step.index()), DurationParts.of(step.medianSecondsFromPrevious()), dropped));
        }
        return views;
    }

    private List<GroupView> groupViews(FunnelReport report, Locale locale) {
        if (report.breakdown() == null) {
            return List.of();
        }
        List<GroupView> views = new ArrayList<>();
        for (FunnelReport.Group group : report.breakdown()) {
            views.add(new GroupView(group, groupLabel(report.breakdownBy(), group, locale)));
        }
        return views;
    }

    private String groupLabel(FunnelBreakdown by, FunnelReport.Group group, Locale locale) {
        if ("other".equals(group.kind())) {
            return messages.getMessage("journeys.funnels.group.other", null, locale);
        }
        if ("none".equals(group.kind())) {
            return messages.getMessage("journeys.funnels.group.none", null, locale);
        }
        if (FunnelBreakdown.CHANNEL.equals(by.by())) {
            return messages.getMessage("channel." + group.value(), null, group.value(), locale);
        }
        return group.value();
    }

    /** Chart data for journey-funnels.js: step labels, customers, drop-off and conversion from step 0 (percent). */
    private String chart(FunnelReport report, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Long> customers = new ArrayList<>();
        List<Long> dropped = new ArrayList<>();
        List<Double> conversion = new ArrayList<>();
        List<Boolean> optional = new ArrayList<>();
        for (FunnelReport.Step step : report.steps()) {
            labels.add((step.index() + 1) + ". " + stepName(step, locale));
            customers.add(step.customers());
            dropped.add(step.dropOff());
            conversion.add(step.conversionFromFirst() == null ? null : Math.round(step.conversionFromFirst() * 1000) / 10.0);
            optional.add(step.optional());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("customers", customers);
        chart.put("dropped", dropped);
        chart.put("conversion", conversion);
        chart.put("optional", optional);
        chart.put("names", Map.of("customers", messages.getMessage("journeys.funnels.customers", null, locale),
                "dropped", messages.getMessage("journeys.funnels.dropOff", null, locale),
                "optional", messages.getMessage("journeys.funnels.optional", null, locale)));
        return json.writeValueAsString(chart);
    }

    /** A short name of a step for the chart: its type, touchpoint and channel, as chosen. */
    private String stepName(FunnelReport.Step step, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (step.type() != null) {
            parts.add(step.type());
        }
        if (step.touchpoint() != null) {
            parts.add(step.touchpoint());
        }
        if (step.channel() != null) {
            parts.add(messages.getMessage("channel." + step.channel(), null, step.channel(), locale));
        }
        if (parts.isEmpty()) {
            parts.add(String.join(", ", step.properties().keySet()));
        }
        return String.join(" · ", parts);
    }

    /** A duration as words of the user's language, Persian digits in fa. */
    private String human(List<DurationParts.Part> parts, boolean persian, Locale locale) {
        List<String> words = new ArrayList<>();
        for (DurationParts.Part part : parts) {
            String amount = Long.toString(part.amount());
            words.add(messages.getMessage("journeys.funnels.unit." + part.unit(),
                    new Object[] {persian ? Digits.persian(amount) : amount}, locale));
        }
        return String.join(" ", words);
    }

    /** The problems in the user's language, by form field; unknown messages as the API wrote them. */
    private Map<String, String> localized(Map<String, FieldProblem> problems, Locale locale) {
        Map<String, String> shown = new LinkedHashMap<>();
        problems.forEach((field, problem) -> {
            String key = messageKey(field, problem.message());
            // Only the steps message takes an argument (so only it is read as a MessageFormat pattern).
            Object[] args = "steps".equals(field) ? new Object[] {org.hamsafar.events.InteractionFunnels.MAX_STEPS} : null;
            shown.put(field, key == null ? problem.message() : messages.getMessage(key, args, problem.message(), locale));
        });
        return shown;
    }

    static String messageKey(String field, String message) {
        String base = field.replaceAll("\\d.*$", "");
        return switch (base) {
            case "steps" -> "journeys.funnels.error.steps";
            case "type" -> message.startsWith("needs at least one") ? "journeys.funnels.error.step" : "journeys.funnels.error.key";
            case "touchpoint" -> "journeys.funnels.error.key";
            case "channel" -> "journeys.funnels.error.channel";
            case "optional" -> "journeys.funnels.error.optional";
            case "pk" -> message.startsWith("must have at most") ? "journeys.funnels.error.properties" : "journeys.funnels.error.propertyName";
            case "pv" -> message.contains("characters") ? "journeys.funnels.error.propertyText" : "journeys.funnels.error.propertyValue";
            case "window" -> "journeys.funnels.error.window";
            case "from", "to" -> message.startsWith("must be after") || message.startsWith("must be before")
                    ? "journeys.funnels.error.order" : "journeys.funnels.error.date";
            case "segments" -> "journeys.funnels.error.segments";
            case "attribute" -> "journeys.funnels.error.attribute";
            case "by" -> "journeys.funnels.error.by";
            default -> null;
        };
    }
}
