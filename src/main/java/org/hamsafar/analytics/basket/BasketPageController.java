package org.hamsafar.analytics.basket;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.analytics.jobs.JobProgress;
import org.hamsafar.events.PurchaseBaskets.EventCounts;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.Role;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The basket rules page ({@code /analytics/basket}, any signed-in user): a GET form of parameters,
 * the rules table (sortable) and a support × confidence scatter coloured by lift. Without a
 * submitted form it shows the latest stored {@code basket} job. A submitted form is computed at once
 * for up to {@link BasketRulesController#SYNCHRONOUS_EVENTS} purchase events; more queue a job
 * (admins and analysts only), which the overview page follows.
 */
@Controller
class BasketPageController {
    private static final Set<String> RUNNERS = Set.of("ROLE_" + Role.ADMIN.name(), "ROLE_" + Role.ANALYST.name());
    private final BasketRuleFinder finder;
    private final AnalyticsJobs jobs;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    BasketPageController(BasketRuleFinder finder, AnalyticsJobs jobs, MessageSource messages, JsonMapper json, Clock clock) {
        this.finder = finder;
        this.jobs = jobs;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/analytics/basket")
    ModelAndView page(@RequestParam Map<String, String> params, Authentication user) {
        Locale locale = LocaleContextHolder.getLocale();
        BasketForm form = BasketForm.of(params);
        ModelAndView view = new ModelAndView("analytics/basket");
        Map<String, String> errors = new LinkedHashMap<>();
        BasketView result = null;
        AnalyticsJob stored = null;
        if (form.submitted()) {
            var body = form.body(clock.instant());
            form.unreadable().forEach((field, text) -> errors.put(field, message("analytics.basket.error.number", locale)));
            if (errors.isEmpty()) {
                try {
                    BasketParameters parameters = BasketParameters.read(body, "", clock.instant());
                    EventCounts counts = finder.requireBaskets(parameters, "");
                    if (counts.withProperty() <= BasketRulesController.SYNCHRONOUS_EVENTS) {
                        result = BasketView.of(finder.find(parameters, "", JobProgress.NONE));
                    } else if (canRun(user)) {
                        AnalyticsJob job = jobs.submit(BasketAnalysis.KIND, parameters.toJson(), Actors.current());
                        view.addObject("queued", job);
                    } else {
                        view.addObject("tooLarge", counts.withProperty());
                    }
                } catch (InvalidInputException e) {
                    e.errors().forEach(problem -> errors.putIfAbsent(problem.field(), localized(problem, locale)));
                } catch (BasketProblem e) {
                    errors.put(e.field(), localized(new FieldProblem(e.field(), e.getMessage()), locale));
                }
            }
        } else {
            stored = jobs.latest(BasketAnalysis.KIND).orElse(null);
            if (stored != null) {
                form = BasketForm.fromParameters(stored.parameters());
                result = BasketView.of(stored.result());
            }
        }
        view.addObject("form", form);
        view.addObject("periods", BasketForm.PERIODS);
        view.addObject("errors", errors);
        view.addObject("stored", stored);
        view.addObject("result", result);
        if (result != null) {
            view.addObject("chart", json.writeValueAsString(result.chart(message("analytics.basket.support", locale),
                    message("analytics.basket.confidence", locale), message("analytics.basket.lift", locale))));
        }
        return view;
    }

    /** The problem in the user's language when it is one the page knows, else as the API wrote it. */
    private String localized(FieldProblem problem, Locale locale) {
        String text = problem.message();
        String key = switch (problem.field()) {
            case "minSupport" -> text.startsWith("more than") ? "analytics.basket.error.tooManyItemsets" : "analytics.basket.error.fraction";
            case "minConfidence" -> "analytics.basket.error.fraction";
            case "minLift" -> "analytics.basket.error.lift";
            case "maxLength", "maxRules" -> "analytics.basket.error.whole";
            case "eventType" -> "analytics.basket.error.eventType";
            case "from", "to" -> text.startsWith("no '") ? "analytics.basket.error.noEvents" : null;
            case "itemProperty" -> text.startsWith("more than") ? "analytics.basket.error.tooManyItems"
                    : text.startsWith("none") ? "analytics.basket.error.noList" : "analytics.basket.error.property";
            default -> null;
        };
        return key == null ? text : messages.getMessage(key, null, text, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static boolean canRun(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> RUNNERS.contains(a.getAuthority()));
    }
}
