package org.hamsafar.analytics.goals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.analytics.forecast.MetricKind;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.identity.Role;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CX goals page: every goal with its live value, progress bar, status and trend of recorded
 * measurements; the form to create or change one; deleting one; measuring one now. Admins and
 * analysts edit, everyone signed in reads.
 */
@Controller
class GoalPagesController {
    private static final Set<String> EDITORS = Set.of("ROLE_" + Role.ADMIN.name(), "ROLE_" + Role.ANALYST.name());
    private final CxGoals goals;
    private final AuditLog audit;

    GoalPagesController(CxGoals goals, AuditLog audit) {
        this.goals = goals;
        this.audit = audit;
    }

    @GetMapping("/analytics/goals")
    ModelAndView list(Authentication user) {
        ModelAndView view = new ModelAndView("analytics/goals");
        view.addObject("goals", goals.cards(CxGoals.MAX_LIMIT, persian()));
        view.addObject("canEdit", canEdit(user));
        return view;
    }

    @GetMapping("/analytics/goals/new")
    ModelAndView newGoal(Authentication user) {
        requireEditor(user);
        return form(null, GoalForm.empty(), Map.of());
    }

    @GetMapping("/analytics/goals/{id:\\d+}/edit")
    ModelAndView edit(@PathVariable long id, Authentication user) {
        requireEditor(user);
        return form(id, GoalForm.of(goals.view(id), persian()), Map.of());
    }

    @PostMapping("/analytics/goals")
    ModelAndView create(@RequestParam MultiValueMap<String, String> values, Authentication user, RedirectAttributes redirect) {
        requireEditor(user);
        GoalForm form = GoalForm.of(values);
        try {
            GoalView goal = goals.create(GoalRequestReader.read(form.body()), Actors.current());
            audit.record("analytics.goal.create", "analytics_goal:" + goal.id(), goal.title());
            redirect.addFlashAttribute("savedGoal", goal.title());
            return new ModelAndView("redirect:/analytics/goals");
        } catch (InvalidInputException e) {
            return invalid(null, form, e);
        }
    }

    @PostMapping("/analytics/goals/{id:\\d+}")
    ModelAndView update(@PathVariable long id, @RequestParam MultiValueMap<String, String> values, Authentication user,
                        RedirectAttributes redirect) {
        requireEditor(user);
        goals.get(id);
        GoalForm form = GoalForm.of(values);
        try {
            GoalView goal = goals.update(id, GoalRequestReader.read(form.body()));
            audit.record("analytics.goal.update", "analytics_goal:" + id, goal.title());
            redirect.addFlashAttribute("savedGoal", goal.title());
            return new ModelAndView("redirect:/analytics/goals");
        } catch (InvalidInputException e) {
            return invalid(id, form, e);
        }
    }

    @PostMapping("/analytics/goals/{id:\\d+}/delete")
    String delete(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        requireEditor(user);
        String title = goals.get(id).draft().title();
        goals.delete(id);
        audit.record("analytics.goal.delete", "analytics_goal:" + id, title);
        redirect.addFlashAttribute("deletedGoal", title);
        return "redirect:/analytics/goals";
    }

    @PostMapping("/analytics/goals/{id:\\d+}/measure")
    String measure(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        requireEditor(user);
        goals.measureNow(id, Actors.current());
        audit.record("analytics.goal.measure", "analytics_goal:" + id, null);
        redirect.addFlashAttribute("measuredGoal", goals.get(id).draft().title());
        return "redirect:/analytics/goals#goal-" + id;
    }

    private ModelAndView invalid(Long id, GoalForm form, InvalidInputException e) {
        ModelAndView view = form(id, form, GoalForm.problems(e.errors()));
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }

    private ModelAndView form(Long id, GoalForm form, Map<String, String> problems) {
        ModelAndView view = new ModelAndView("analytics/goal-form");
        view.addObject("goalId", id);
        view.addObject("form", form);
        view.addObject("problems", problems);
        view.addObject("kinds", List.of(MetricKind.values()).stream().map(MetricKind::key).toList());
        view.addObject("channels", List.of(Channel.values()).stream().map(Channel::key).toList());
        return view;
    }

    private static boolean persian() {
        return "fa".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    static boolean canEdit(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> EDITORS.contains(a.getAuthority()));
    }

    private static void requireEditor(Authentication user) {
        if (!canEdit(user)) {
            throw new AccessDeniedException("Only admins and analysts may change CX goals");
        }
    }
}
