package org.hamsafar.analytics.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.customers.CustomerGroupings;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.Role;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The segments pages: the list ({@code /analytics/segments}: each segment's rules in words, size,
 * last refresh; refresh and delete) and the editor (names, all/any, up to five condition rows, a
 * preview count, save). Forms go through the API's reader. Admins and analysts change segments.
 */
@Controller
class SegmentPageController {
    private static final Set<String> EDITORS = Set.of("ROLE_" + Role.ADMIN.name(), "ROLE_" + Role.ANALYST.name());
    private final Segments segments;
    private final AnalyticsJobs jobs;
    private final MessageSource messages;

    SegmentPageController(Segments segments, AnalyticsJobs jobs, MessageSource messages) {
        this.segments = segments;
        this.jobs = jobs;
        this.messages = messages;
    }

    /** A segment's row: the segment, its name in the page's language and its rules in words. */
    public record Row(SegmentDefinition segment, String name, List<String> rules) {
    }

    @GetMapping("/analytics/segments")
    ModelAndView list(Authentication user) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Row> rows = new ArrayList<>();
        for (SegmentDefinition s : segments.all()) {
            rows.add(new Row(s, "fa".equals(locale.getLanguage()) ? s.nameFa() : s.nameEn(), words(s, locale)));
        }
        ModelAndView view = new ModelAndView("analytics/segments");
        view.addObject("rows", rows);
        view.addObject("canEdit", canEdit(user));
        return view;
    }

    @GetMapping("/analytics/segments/new")
    ModelAndView create(Authentication user) {
        requireEditor(user);
        return editor(SegmentForm.blank(), false, null, List.of());
    }

    @GetMapping("/analytics/segments/{key}/edit")
    ModelAndView edit(@PathVariable String key, Authentication user) {
        requireEditor(user);
        return editor(SegmentForm.of(segments.get(key)), true, null, List.of());
    }

    @PostMapping("/analytics/segments/save")
    ModelAndView save(@RequestParam Map<String, String> params, Authentication user, RedirectAttributes redirect) {
        requireEditor(user);
        SegmentForm form = SegmentForm.of(params);
        boolean existing = "true".equals(params.get("existing"));
        boolean preview = params.containsKey("preview");
        try {
            if (preview) {
                var body = form.body();
                if (!body.has("key")) {
                    body.put("key", "draft");
                }
                return editor(form, existing, segments.preview(SegmentJson.read(body, null)), List.of());
            }
            SegmentDefinition definition = SegmentJson.read(form.body(), existing ? form.key() : null);
            if (existing) {
                segments.replace(definition);
            } else {
                segments.create(definition);
            }
            redirect.addFlashAttribute("savedKey", definition.key());
            return new ModelAndView("redirect:/analytics/segments");
        } catch (InvalidInputException e) {
            ModelAndView view = editor(form, existing, null, e.errors());
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        } catch (ConflictException e) {
            ModelAndView view = editor(form, existing, null, List.of(new FieldProblem("key", e.getMessage())));
            view.setStatus(HttpStatus.CONFLICT);
            return view;
        }
    }

    @PostMapping("/analytics/segments/{key}/refresh")
    String refresh(@PathVariable String key, Authentication user, RedirectAttributes redirect) {
        requireEditor(user);
        segments.get(key);
        jobs.submit(SegmentAnalysis.KIND, JsonNodeFactory.instance.objectNode().set("keys", JsonNodeFactory.instance.arrayNode().add(key)),
                Actors.current());
        redirect.addFlashAttribute("refreshingKey", key);
        return "redirect:/analytics/segments";
    }

    @PostMapping("/analytics/segments/{key}/delete")
    String delete(@PathVariable String key, Authentication user, RedirectAttributes redirect) {
        requireEditor(user);
        segments.delete(key);
        redirect.addFlashAttribute("deletedKey", key);
        return "redirect:/analytics/segments";
    }

    private ModelAndView editor(SegmentForm form, boolean existing, Integer previewCount, List<FieldProblem> problems) {
        ModelAndView view = new ModelAndView("analytics/segment-form");
        view.addObject("form", form);
        view.addObject("existing", existing);
        view.addObject("previewCount", previewCount);
        view.addObject("problems", problems);
        view.addObject("attributes", CustomerGroupings.attributes());
        view.addObject("types", List.of("attribute", "birthYear", "events", "inactive", "nps", "score"));
        return view;
    }

    /** Each rule in words, in the page's language. */
    List<String> words(SegmentDefinition segment, Locale locale) {
        List<String> rules = new ArrayList<>();
        for (SegmentCondition c : segment.conditions()) {
            if (c instanceof SegmentCondition.Attribute a) {
                rules.add(text("analytics.segments.rule.attribute", locale, attribute(a.attribute(), locale),
                        String.join(separator(locale), a.values())));
            } else if (c instanceof SegmentCondition.BirthYear b) {
                rules.add(text("analytics.segments.rule.birthYear", locale, String.valueOf(b.from()), String.valueOf(b.to())));
            } else if (c instanceof SegmentCondition.Events e) {
                rules.add(text("analytics.segments.rule.events", locale, e.atLeast(),
                        e.eventType() == null ? text("analytics.segments.anyEvent", locale) : e.eventType(), e.withinDays()));
            } else if (c instanceof SegmentCondition.Inactive i) {
                rules.add(text("analytics.segments.rule.inactive", locale, i.days()));
            } else if (c instanceof SegmentCondition.Nps n) {
                rules.add(text("analytics.segments.rule.nps", locale, n.operator(), n.value()));
            } else if (c instanceof SegmentCondition.Score s) {
                rules.add(s.label() != null && s.operator() == null
                        ? text("analytics.segments.rule.scoreLabel", locale, s.kind(), s.label())
                        : text("analytics.segments.rule.score", locale, s.kind(), s.operator(), String.valueOf(s.value()))
                        + (s.label() == null ? "" : " · " + text("analytics.segments.rule.scoreLabel", locale, s.kind(), s.label())));
            }
        }
        return rules;
    }

    private String attribute(String name, Locale locale) {
        return name.startsWith(CustomerGroupings.CUSTOM_PREFIX) ? name : messages.getMessage("analytics.segments.attribute." + name, null, name, locale);
    }

    private static String separator(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? "، " : ", ";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static boolean canEdit(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> EDITORS.contains(a.getAuthority()));
    }

    private static void requireEditor(Authentication user) {
        if (!canEdit(user)) {
            throw new AccessDeniedException("only admins and analysts change segments");
        }
    }
}
