package org.hamsafar.actions.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamsafar.actions.CasePriority;
import org.hamsafar.actions.rules.AlertRuleDirectory;
import org.hamsafar.actions.rules.AlertRuleDirectory.SavedRule;
import org.hamsafar.actions.teams.Teams;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * The alert rules: the list (with each rule's on/off switch and its matches in the last 30 days)
 * and the editor. The editor works without JavaScript: adding and removing rows, switching
 * between rows and JSON, and the dry run are form posts that return the edited rule unsaved; the
 * rules' own validation checks it, and its problems appear next to the rows they concern. Every
 * signed-in user reads rules and may try a saved one; admins and analysts change them.
 */
@Controller
@RequestMapping("/rules")
class RulePagesController {
    static final List<Integer> DRY_RUN_DAYS = List.of(7, 30, 90);
    private final AlertRuleDirectory rules;
    private final Teams teams;
    private final MessageSource messages;
    private final DisplayNames names;

    RulePagesController(AlertRuleDirectory rules, Teams teams, MessageSource messages, DisplayNames names) {
        this.rules = rules;
        this.teams = teams;
        this.messages = messages;
        this.names = names;
    }

    @GetMapping
    ModelAndView list(Authentication user) {
        ModelAndView view = new ModelAndView("actions/rules");
        List<SavedRule> all = rules.all();
        Map<String, String> userNames = names.users();
        Map<String, ActorNames.Actor> actors = new java.util.HashMap<>();
        all.forEach(r -> actors.put(r.updatedBy(), ActorNames.read(r.updatedBy(), userNames)));
        view.addObject("rules", all);
        view.addObject("actors", actors);
        view.addObject("canEdit", PageRoles.canEditRules(user));
        return view;
    }

    /** Switches a rule on or off; htmx gets the rule's row back, a plain form post the list. */
    @PostMapping("/{id:\\d{1,18}}/enabled")
    ModelAndView enable(@PathVariable long id, @RequestParam(defaultValue = "false") boolean enabled,
                        @RequestHeader(value = "HX-Request", required = false) String htmx, Authentication user,
                        RedirectAttributes redirect) {
        PageRoles.requireRuleEditor(user);
        SavedRule saved = rules.setEnabled(id, enabled);
        if ("true".equals(htmx)) {
            ModelAndView row = new ModelAndView("actions/rules :: row");
            row.addObject("r", saved);
            row.addObject("canEdit", true);
            row.addObject("actors", Map.of(saved.updatedBy(), ActorNames.read(saved.updatedBy(), names.users())));
            return row;
        }
        redirect.addFlashAttribute("switched", saved.name());
        redirect.addFlashAttribute("switchedOn", saved.enabled());
        return new ModelAndView("redirect:/rules");
    }

    @GetMapping("/new")
    ModelAndView create(Authentication user) {
        PageRoles.requireRuleEditor(user);
        return editor(RuleForm.blank(), null, RuleProblems.none(), null, user);
    }

    @PostMapping("/new")
    ModelAndView create(@ModelAttribute RuleForm form, @RequestParam(defaultValue = "save") String action, Authentication user,
                        RedirectAttributes redirect) {
        PageRoles.requireRuleEditor(user);
        return submit(null, form, action, user, redirect);
    }

    @GetMapping("/{id:\\d{1,18}}")
    ModelAndView edit(@PathVariable long id, Authentication user) {
        SavedRule rule = rules.find(id).orElseThrow(() -> new NotFoundException("No alert rule " + id));
        return editor(formOf(rule), rule, RuleProblems.none(), null, user);
    }

    @PostMapping("/{id:\\d{1,18}}")
    ModelAndView edit(@PathVariable long id, @ModelAttribute RuleForm form, @RequestParam(defaultValue = "save") String action,
                      Authentication user, RedirectAttributes redirect) {
        PageRoles.requireRuleEditor(user);
        SavedRule rule = rules.find(id).orElseThrow(() -> new NotFoundException("No alert rule " + id));
        return submit(rule, form, action, user, redirect);
    }

    /** Tries the saved rule as it is (for readers who cannot edit it). */
    @PostMapping("/{id:\\d{1,18}}/dry-run")
    ModelAndView dryRunSaved(@PathVariable long id, @RequestParam(defaultValue = "30") String days, Authentication user) {
        SavedRule rule = rules.find(id).orElseThrow(() -> new NotFoundException("No alert rule " + id));
        RuleForm form = formOf(rule);
        form.setDays(days);
        return dryRun(form, rule, user);
    }

    @PostMapping("/{id:\\d{1,18}}/delete")
    String delete(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        PageRoles.requireRuleEditor(user);
        SavedRule rule = rules.find(id).orElseThrow(() -> new NotFoundException("No alert rule " + id));
        rules.delete(id);
        redirect.addFlashAttribute("deleted", rule.name());
        return "redirect:/rules";
    }

    private ModelAndView submit(SavedRule rule, RuleForm form, String action, Authentication user, RedirectAttributes redirect) {
        RuleVocabulary vocabulary = vocabulary();
        switch (action) {
            case "save" -> {
                return save(rule, form, vocabulary, user, redirect);
            }
            case "dryRun" -> {
                return dryRun(form, rule, user);
            }
            case "toJson" -> {
                if (!form.jsonMode()) {
                    form.setJson(RuleFormJson.definitionText(form, vocabulary));
                    form.setMode(RuleForm.JSON);
                }
                return editor(form, rule, RuleProblems.none(), null, user);
            }
            case "toForm" -> {
                try {
                    if (!RuleFormJson.fillRows(form, RuleFormJson.parse(form.getJson()), vocabulary)) {
                        ModelAndView view = editor(form, rule, RuleProblems.none(), null, user);
                        view.addObject("notFlat", true);
                        return view;
                    }
                } catch (InvalidInputException e) {
                    return invalid(form, rule, e, null, user);
                }
                return editor(form, rule, RuleProblems.none(), null, user);
            }
            default -> {
                form.apply(action);
                return editor(form, rule, RuleProblems.none(), null, user);
            }
        }
    }

    private ModelAndView save(SavedRule rule, RuleForm form, RuleVocabulary vocabulary, Authentication user, RedirectAttributes redirect) {
        RuleFormJson.Built built = null;
        try {
            built = RuleFormJson.body(form, vocabulary);
            SavedRule saved = rule == null ? rules.create(built.body()) : rules.replace(rule.id(), built.body());
            redirect.addFlashAttribute("saved", true);
            return new ModelAndView("redirect:/rules/" + saved.id());
        } catch (InvalidInputException e) {
            return invalid(form, rule, e, built, user);
        }
    }

    private ModelAndView dryRun(RuleForm form, SavedRule rule, Authentication user) {
        RuleFormJson.Built built = null;
        try {
            int days = days(form.getDays());
            built = RuleFormJson.body(form, vocabulary());
            Map<String, Object> result = rules.dryRun(built.body(), days);
            return editor(form, rule, RuleProblems.none(), DryRunView.of(result), user);
        } catch (InvalidInputException e) {
            return invalid(form, rule, e, built, user);
        }
    }

    private int days(String typed) {
        String days = typed == null ? "" : Digits.latin(typed.strip());
        if (!days.matches("\\d{1,3}") || Integer.parseInt(days) < 1 || Integer.parseInt(days) > rules.maxDryRunDays()) {
            throw InvalidInputException.of("days", "must be from 1 to " + rules.maxDryRunDays());
        }
        return Integer.parseInt(days);
    }

    private ModelAndView invalid(RuleForm form, SavedRule rule, InvalidInputException e, RuleFormJson.Built built, Authentication user) {
        List<FieldProblem> problems = new ArrayList<>(e.errors());
        Locale locale = LocaleContextHolder.getLocale();
        RuleProblems sorted = form.jsonMode() || built == null
                ? RuleProblems.of(problems, List.of(), List.of(), messages, locale)
                : RuleProblems.of(problems, built.conditionRows(), built.actionRows(), messages, locale);
        ModelAndView view = editor(form, rule, sorted, null, user);
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }

    /** A saved rule's form: rows when they can show it, else the JSON editor. */
    private RuleForm formOf(SavedRule rule) {
        RuleForm form = new RuleForm();
        form.setName(rule.name());
        form.setEnabled(rule.enabled());
        JsonNode definition = RuleFormJson.definition(rule.definition());
        if (!RuleFormJson.fillRows(form, definition, vocabulary())) {
            form.setMode(RuleForm.JSON);
            form.setJson(RuleFormJson.pretty(definition));
        }
        return form;
    }

    private ModelAndView editor(RuleForm form, SavedRule rule, RuleProblems problems, DryRunView dryRun, Authentication user) {
        RuleVocabulary vocabulary = vocabulary();
        String language = LocaleContextHolder.getLocale().getLanguage();
        ModelAndView view = new ModelAndView("actions/rule-editor");
        view.addObject("form", form);
        view.addObject("rule", rule);
        view.addObject("problems", problems);
        view.addObject("dryRun", dryRun);
        view.addObject("fields", vocabulary.fields());
        Map<String, RuleVocabulary.FieldSpec> byName = new java.util.HashMap<>();
        vocabulary.fields().forEach(f -> byName.put(f.name(), f));
        view.addObject("fieldsByName", byName);
        Map<String, String> operatorLabels = new java.util.LinkedHashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        RuleVocabulary.OPERATOR_NAMES.forEach((op, name) -> operatorLabels.put(op, messages.getMessage("rules.op." + name, null, op, locale)));
        view.addObject("operatorLabelsJson", RuleFormJson.script(operatorLabels));
        view.addObject("vocabularyJson", RuleFormJson.script(vocabulary.forScript()));
        view.addObject("operators", RuleVocabulary.OPERATOR_NAMES);
        view.addObject("teams", teams.all().stream().map(t -> new CasePageController.Choice(t.key(), t.name(language))).toList());
        view.addObject("teamKeys", teams.all().stream().map(t -> t.key()).toList());
        view.addObject("priorities", Arrays.stream(CasePriority.values()).map(CasePriority::key).toList());
        view.addObject("actionTypes", ActionRow.TYPES);
        view.addObject("channels", Arrays.stream(Channel.values()).map(Channel::key).toList());
        view.addObject("dryRunDays", DRY_RUN_DAYS);
        view.addObject("maxDays", rules.maxDryRunDays());
        view.addObject("canEdit", PageRoles.canEditRules(user));
        view.addObject("formAction", rule == null ? "/rules/new" : "/rules/" + rule.id());
        return view;
    }

    private RuleVocabulary vocabulary() {
        return new RuleVocabulary(rules.fields());
    }
}
