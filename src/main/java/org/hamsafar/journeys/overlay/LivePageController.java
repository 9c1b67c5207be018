package org.hamsafar.journeys.overlay;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.personas.Persona;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live page of a journey map ({@code /journeys/{id}/live}, any signed-in user): a GET form for
 * the period (both days included), window, segment and version, so that its address is the
 * bookmark; a column per stage with its live figures, the pain points with their reasons, and the
 * designed and actual emotion curves. The form's values go through the API's validation; problems
 * are shown in the user's language.
 */
@Controller
class LivePageController {
    static final List<String> WINDOWS = List.of("24h", "3d", "7d", "14d", "30d");
    private final LiveOverlay overlay;
    private final Personas personas;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ZoneId zone;
    private final Clock clock;

    LivePageController(LiveOverlay overlay, Personas personas, MessageSource messages, JsonMapper json,
                       @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone, Clock clock) {
        this.overlay = overlay;
        this.personas = personas;
        this.messages = messages;
        this.json = json;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    /** The form as typed: days as ISO dates (the date inputs send them so), the last day included. */
    record Form(String from, String to, String window, String segment, boolean personaSegment, String version) {
        static Form of(Map<String, String> params) {
            return new Form(value(params, "from"), value(params, "to"), value(params, "window"), value(params, "segment"),
                    "true".equals(value(params, "personaSegment")), value(params, "version"));
        }

        private static String value(Map<String, String> params, String name) {
            String value = params.get(name);
            return value == null ? "" : value.strip();
        }
    }

    @GetMapping("/journeys/{id:\\d+}/live")
    ModelAndView page(@PathVariable long id, @RequestParam Map<String, String> params) {
        Locale locale = LocaleContextHolder.getLocale();
        Form form = Form.of(params);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate first = day(form.from(), "from", errors, locale);
        LocalDate last = day(form.to(), "to", errors, locale);
        LocalDate start = first == null ? today.minusDays(OverlayRequestReader.DEFAULT_DAYS - 1L) : first;
        LocalDate end = last == null ? today : last;
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", start.toString());
        // The last day is included: the period runs to the midnight after it.
        query.put("to", end.plusDays(1).toString());
        query.put("window", form.window().isEmpty() ? "7d" : form.window());
        query.put("segment", form.segment());
        query.put("personaSegment", Boolean.toString(form.personaSegment()));
        query.put("version", form.version());
        JourneyMap map = overlay.map(new OverlayQuery(id, null, null, null, null, null, false));
        OverlayReport report = null;
        try {
            OverlayQuery question = OverlayRequestReader.read(id, query, zone, clock);
            if (errors.isEmpty()) {
                map = overlay.map(question);
                report = overlay.overlay(map, question);
            }
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.errors()) {
                errors.putIfAbsent(problem.field(), message(problem, locale));
            }
        }
        ModelAndView view = new ModelAndView("journeys/live");
        view.addObject("map", map);
        view.addObject("form", form);
        view.addObject("fromValue", start.toString());
        view.addObject("toValue", end.toString());
        view.addObject("windowValue", query.get("window"));
        view.addObject("windows", WINDOWS);
        view.addObject("personaSegmentTag", map.personaId() == null ? null
                : personas.find(map.personaId()).map(Persona::segment).orElse(null));
        view.addObject("errors", errors);
        view.addObject("report", report);
        if (report != null) {
            view.addObject("periodStart", report.from());
            view.addObject("periodEnd", report.to().minusSeconds(1));
            view.addObject("stages", LivePageView.stages(report));
            view.addObject("flags", report.painPoints());
            view.addObject("chart", json.writeValueAsString(LivePageView.chart(report)));
        }
        return view;
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private LocalDate day(String text, String field, Map<String, String> errors, Locale locale) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(Digits.latin(text));
        } catch (DateTimeException e) {
            errors.put(field, messages.getMessage("journeys.live.error.date", null, locale));
            return null;
        }
    }

    /** A problem in the user's language: the page's own message for its field, else the API's words. */
    private String message(FieldProblem problem, Locale locale) {
        String key = switch (problem.field()) {
            case "from", "to" -> problem.message().startsWith("must be before") ? "journeys.live.error.order"
                    : problem.message().startsWith("must be at most") ? "journeys.live.error.period" : "journeys.live.error.date";
            case "window" -> "journeys.live.error.window";
            case "segment" -> "journeys.live.error.segment";
            case "version" -> "journeys.live.error.version";
            default -> null;
        };
        return key == null ? problem.message() : messages.getMessage(key, null, problem.message(), locale);
    }
}
