package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Page;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Dashboard pages of surveys: the list and the builder (new and edit). Every signed-in user reads
 * the list; only admins and analysts ({@link SurveyEditors}) create and edit. The builder works
 * without JavaScript: adding, removing and moving questions are form posts that return the edited
 * form unsaved.
 */
@Controller
@RequestMapping("/surveys")
class SurveyPagesController {
    static final int PAGE_SIZE = 50;
    private final SurveyCatalog surveys;
    private final SurveyResultsQueries results;
    private final MessageSource messages;

    SurveyPagesController(SurveyCatalog surveys, SurveyResultsQueries results, MessageSource messages) {
        this.surveys = surveys;
        this.results = results;
        this.messages = messages;
    }

    /** A display condition's operator and the name of its label. */
    public record Operator(String op, String name) {
    }

    private static final List<Operator> OPERATORS = List.of(new Operator("=", "eq"), new Operator("!=", "ne"),
            new Operator("<", "lt"), new Operator("<=", "le"), new Operator(">", "gt"), new Operator(">=", "ge"),
            new Operator("in", "in"), new Operator("answered", "answered"));

    /** A survey row of the list with its all-time responses. */
    public record SurveyRow(Survey survey, long responses) {
    }

    @GetMapping
    ModelAndView list(@RequestParam(required = false) String cursor, Authentication user) {
        Page<Survey> page;
        try {
            page = surveys.list(null, blankToNull(cursor), PAGE_SIZE);
        } catch (InvalidInputException | IllegalArgumentException badCursor) {
            page = surveys.list(null, null, PAGE_SIZE);
        }
        Map<Long, Long> counts = results.responseCounts(page.items().stream().map(Survey::id).toList());
        ModelAndView view = new ModelAndView("feedback/surveys");
        view.addObject("rows", page.items().stream().map(s -> new SurveyRow(s, counts.getOrDefault(s.id(), 0L))).toList());
        view.addObject("moreUrl", page.nextCursor() == null ? null
                : UriComponentsBuilder.newInstance().queryParam("cursor", page.nextCursor()).encode().build().toUriString());
        view.addObject("templates", SurveyTemplates.all());
        view.addObject("canEdit", SurveyEditors.canEdit(user));
        return view;
    }

    @PostMapping("/from-template")
    String fromTemplate(@RequestParam String template, @RequestParam(required = false) String name, Authentication user) {
        SurveyEditors.require(user);
        Optional<SurveyTemplate> found = SurveyTemplates.find(template);
        if (found.isEmpty()) {
            return "redirect:/surveys";
        }
        Survey created = surveys.create(SurveyTemplates.requestFor(found.get(), name, language()));
        return "redirect:/surveys/" + created.id() + "/edit?saved=1";
    }

    @GetMapping("/new")
    ModelAndView newSurvey(Authentication user) {
        SurveyEditors.require(user);
        return builder(SurveyForm.blank(), null, BuilderErrors.none());
    }

    @PostMapping("/new")
    ModelAndView create(@ModelAttribute SurveyForm form, @RequestParam(defaultValue = "save") String action, Authentication user) {
        SurveyEditors.require(user);
        if (!"save".equals(action)) {
            form.apply(action);
            return builder(form, null, BuilderErrors.none());
        }
        List<FieldProblem> problems = new ArrayList<>();
        SurveyRequest request = form.toRequest(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Survey created = surveys.create(request);
            return saved(created);
        } catch (InvalidInputException e) {
            return invalid(form, null, problems, e);
        }
    }

    @GetMapping("/{id}")
    String open(@PathVariable long id) {
        surveys.get(id);
        return "redirect:/surveys/" + id + "/results";
    }

    @GetMapping("/{id}/edit")
    ModelAndView edit(@PathVariable long id, Authentication user) {
        SurveyEditors.require(user);
        Survey survey = surveys.get(id);
        return builder(SurveyForm.of(survey), survey, BuilderErrors.none());
    }

    @PostMapping("/{id}/edit")
    ModelAndView save(@PathVariable long id, @ModelAttribute SurveyForm form, @RequestParam(defaultValue = "save") String action,
                      Authentication user) {
        SurveyEditors.require(user);
        Survey survey = surveys.get(id);
        if (!"save".equals(action)) {
            form.apply(action);
            return builder(form, survey, BuilderErrors.none());
        }
        List<FieldProblem> problems = new ArrayList<>();
        SurveyRequest request = form.toRequest(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return saved(surveys.replace(id, request));
        } catch (InvalidInputException e) {
            return invalid(form, survey, problems, e);
        }
    }

    private ModelAndView saved(Survey survey) {
        return new ModelAndView("redirect:/surveys/" + survey.id() + "/edit?saved=1");
    }

    /** The form again with every problem next to its field; problems of the form itself come first. */
    private ModelAndView invalid(SurveyForm form, Survey survey, List<FieldProblem> formProblems, InvalidInputException e) {
        List<FieldProblem> all = new ArrayList<>(formProblems);
        e.errors().stream().filter(p -> !formProblems.contains(p)).forEach(all::add);
        ModelAndView view = builder(form, survey, BuilderErrors.of(all, messages, LocaleContextHolder.getLocale()));
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }

    private static ModelAndView builder(SurveyForm form, Survey survey, BuilderErrors errors) {
        ModelAndView view = new ModelAndView("feedback/builder");
        view.addObject("form", form);
        view.addObject("survey", survey);
        view.addObject("errors", errors);
        view.addObject("types", Arrays.stream(QuestionType.values()).map(QuestionType::key).toList());
        view.addObject("operators", OPERATORS);
        view.addObject("statuses", Arrays.stream(SurveyStatus.values()).map(SurveyStatus::key).toList());
        view.addObject("formAction", survey == null ? "/surveys/new" : "/surveys/" + survey.id() + "/edit");
        return view;
    }

    private static String language() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "fa";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
