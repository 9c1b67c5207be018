package org.hamsafar.actions.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hamsafar.actions.CasePriority;
import org.hamsafar.actions.CaseService;
import org.hamsafar.actions.CaseState;
import org.hamsafar.actions.CxCase;
import org.hamsafar.actions.followup.CaseFollowUps;
import org.hamsafar.actions.rules.AlertRuleDirectory;
import org.hamsafar.actions.sla.CaseSlas;
import org.hamsafar.actions.teams.Team;
import org.hamsafar.actions.teams.Teams;
import org.hamsafar.identity.Role;
import org.hamsafar.identity.UserAccount;
import org.hamsafar.identity.UserAccounts;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: the case with its SLA clock, history, notes, the rule and item that opened it and
 * the follow-up answer, beside the customer's context. Every change is a form post (with the
 * dashboard's CSRF token) that goes through {@link CaseService}, so that the state machine, the
 * history and the events apply; the page comes back with what happened: saved, refused (with the
 * moves the case allows now) or the fields to correct.
 */
@Controller
@RequestMapping("/cases")
class CasePageController {
    static final int MAX_RESOLUTION = 4000;
    static final int MAX_NOTE = 10_000;
    /** Root causes offered as suggestions; any key is accepted. */
    static final List<String> ROOT_CAUSES = List.of("product_defect", "delivery_delay", "billing_error", "staff_behaviour",
            "policy", "website_app", "communication", "customer_error", "other");

    private final CaseService cases;
    private final CaseSlas slas;
    private final CaseFollowUps followUps;
    private final Teams teams;
    private final UserAccounts users;
    private final AlertRuleDirectory rules;
    private final DisplayNames names;
    private final CustomerContextReader customers;

    CasePageController(CaseService cases, CaseSlas slas, CaseFollowUps followUps, Teams teams, UserAccounts users,
                       AlertRuleDirectory rules, DisplayNames names, CustomerContextReader customers) {
        this.cases = cases;
        this.slas = slas;
        this.followUps = followUps;
        this.teams = teams;
        this.users = users;
        this.rules = rules;
        this.names = names;
        this.customers = customers;
    }

    @GetMapping("/{id:\\d{1,18}}")
    ModelAndView show(@PathVariable long id, Authentication user, Model model) {
        CxCase aCase = cases.get(id);
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> userNames = names.users();
        Optional<Team> team = teams.find(aCase.team());

        ModelAndView view = new ModelAndView("actions/case");
        view.addObject("c", aCase);
        // The layout's title cannot call the formatting bean: the number is given in the page's digits.
        view.addObject("caseNumber", "fa".equals(language) ? Digits.persian(Long.toString(id)) : Long.toString(id));
        view.addObject("allowed", aCase.state().next().stream().map(CaseState::key).toList());
        view.addObject("sla", slas.status(aCase).map(SlaLine::of).orElse(List.of()));
        view.addObject("history", cases.history(id).stream().map(h -> {
            ActorNames.Actor actor = ActorNames.read(h.actor(), userNames);
            return new HistoryLine(h.at(), actor.kind(), actor.name(), h.change(), h.from(), h.to());
        }).toList());
        view.addObject("notes", cases.notes(id).stream()
                .map(n -> {
                    ActorNames.Actor author = ActorNames.read(n.author(), userNames);
                    return new NoteLine(n.id(), author.kind(), author.name(), n.createdAt(), n.text());
                }).toList());
        view.addObject("followUp", followUp(followUps.latest(id)));
        view.addObject("rule", aCase.ruleId() == null ? null : rules.find(aCase.ruleId()).orElse(null));
        view.addObject("customer", customers.read(aCase).orElse(null));
        view.addObject("teamName", team.map(t -> t.name(language)).orElse(aCase.team()));
        view.addObject("assigneeName", aCase.assignee() == null ? null : userNames.getOrDefault(aCase.assignee(), aCase.assignee()));
        view.addObject("userNames", userNames);
        view.addObject("teams", teams.all().stream().map(t -> new Choice(t.key(), t.name(language))).toList());
        view.addObject("teamMembers", assignable(team.map(Team::members).orElse(List.of()), team.map(Team::manager).orElse(null), true));
        view.addObject("otherUsers", assignable(team.map(Team::members).orElse(List.of()), team.map(Team::manager).orElse(null), false));
        view.addObject("priorities", Arrays.stream(CasePriority.values()).map(CasePriority::key).toList());
        view.addObject("rootCauses", ROOT_CAUSES);
        view.addObject("canWork", PageRoles.canWorkCases(user));
        view.addObject("me", user.getName());
        if (!model.containsAttribute("errorFields")) {
            view.addObject("errorFields", List.of());
        }
        return view;
    }

    /** The follow-up as the API shows it, with its times as instants for the page's date format. */
    private static Map<String, Object> followUp(Map<String, Object> api) {
        if (api == null) {
            return null;
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>(api);
        for (String time : List.of("resolvedAt", "sendAt", "sentAt", "expiresAt", "answeredAt")) {
            if (out.get(time) instanceof String text) {
                out.put(time, java.time.Instant.parse(text));
            }
        }
        return out;
    }

    /** A note as the page shows it: {@code authorKind} and {@code author} as for {@link HistoryLine}'s actor. */
    public record NoteLine(long id, String authorKind, String author, java.time.Instant createdAt, String text) {
    }

    /** An option of a select: its value and what it says. */
    public record Choice(String value, String label) {
    }

    @PostMapping("/{id:\\d{1,18}}/state")
    String move(@PathVariable long id, @RequestParam(defaultValue = "") String state, Authentication user, RedirectAttributes redirect) {
        PageRoles.requireCaseWorker(user);
        Optional<CaseState> target = CaseState.fromKey(state.strip());
        if (target.isEmpty()) {
            return problems(redirect, id, List.of("state"));
        }
        try {
            cases.change(id, new CaseService.CaseChanges(target.get(), null, null, null, null, null));
            redirect.addFlashAttribute("saved", "cases.saved.state");
        } catch (CxCase.TransitionRefused refused) {
            redirect.addFlashAttribute("refusedState", target.get().key());
            redirect.addFlashAttribute("refusedAllowed", refused.allowed());
        }
        return page(id);
    }

    /** The signed-in user takes the case; {@code back} (a path on this site) is where to return, the case page by default. */
    @PostMapping("/{id:\\d{1,18}}/take")
    String take(@PathVariable long id, @RequestParam(required = false) String back, Authentication user, RedirectAttributes redirect) {
        PageRoles.requireCaseWorker(user);
        try {
            cases.change(id, new CaseService.CaseChanges(null, user.getName(), null, null, null, null));
            redirect.addFlashAttribute("saved", "cases.saved.taken");
            redirect.addFlashAttribute("takenCase", id);
        } catch (InvalidInputException e) {
            return problems(redirect, id, fields(e));
        }
        return back != null && isLocalCasesPath(back) ? "redirect:" + back : page(id);
    }

    @PostMapping("/{id:\\d{1,18}}/assignee")
    String assign(@PathVariable long id, @RequestParam(defaultValue = "") String assignee, Authentication user,
                  RedirectAttributes redirect) {
        PageRoles.requireCaseWorker(user);
        String wanted = assignee.strip();
        if (wanted.length() > 64) {
            return problems(redirect, id, List.of("assignee"));
        }
        CxCase current = cases.get(id);
        if (Objects.equals(current.assignee(), wanted.isEmpty() ? null : wanted)) {
            redirect.addFlashAttribute("saved", "cases.saved.nothing");
            return page(id);
        }
        try {
            cases.change(id, new CaseService.CaseChanges(null, wanted, null, null, null, null));
            redirect.addFlashAttribute("saved", "cases.saved.assignee");
        } catch (InvalidInputException e) {
            return problems(redirect, id, fields(e));
        }
        return page(id);
    }

    @PostMapping("/{id:\\d{1,18}}/details")
    String details(@PathVariable long id, @RequestParam(defaultValue = "") String priority, @RequestParam(defaultValue = "") String team,
                   @RequestParam(defaultValue = "") String rootCause, @RequestParam(defaultValue = "") String resolution,
                   Authentication user, RedirectAttributes redirect) {
        PageRoles.requireCaseWorker(user);
        CxCase current = cases.get(id);
        List<String> problems = new ArrayList<>();
        CasePriority newPriority = CasePriority.fromKey(priority.strip()).orElse(null);
        if (newPriority == null) {
            problems.add("priority");
        }
        String newTeam = team.strip();
        if (!newTeam.isEmpty() && (!Keys.isKey(newTeam) || teams.find(newTeam).isEmpty())) {
            problems.add("team");
        }
        String newRootCause = rootCause.strip();
        if (!newRootCause.isEmpty() && !Keys.isKey(newRootCause)) {
            problems.add("rootCause");
        }
        String newResolution = resolution.strip();
        if (newResolution.length() > MAX_RESOLUTION || newResolution.indexOf('\u0000') >= 0) {
            problems.add("resolution");
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("typed", Map.of("priority", priority, "team", team, "rootCause", rootCause, "resolution", resolution));
            return problems(redirect, id, problems);
        }
        CaseService.CaseChanges changes = new CaseService.CaseChanges(null, null,
                changed(current.team(), newTeam), newPriority == current.priority() ? null : newPriority,
                changed(current.rootCause(), newRootCause), changed(current.resolution(), newResolution));
        if (changes.team() == null && changes.priority() == null && changes.rootCause() == null && changes.resolution() == null) {
            redirect.addFlashAttribute("saved", "cases.saved.nothing");
            return page(id);
        }
        try {
            cases.change(id, changes);
            redirect.addFlashAttribute("saved", "cases.saved.details");
        } catch (InvalidInputException e) {
            return problems(redirect, id, fields(e));
        }
        return page(id);
    }

    @PostMapping("/{id:\\d{1,18}}/notes")
    String note(@PathVariable long id, @RequestParam(defaultValue = "") String text, Authentication user, RedirectAttributes redirect) {
        PageRoles.requireCaseWorker(user);
        if (text.isBlank() || text.length() > MAX_NOTE || text.indexOf('\u0000') >= 0) {
            redirect.addFlashAttribute("typedNote", text.length() > MAX_NOTE ? text.substring(0, MAX_NOTE) : text);
            return problems(redirect, id, List.of("note"));
        }
        cases.addNote(id, text.strip());
        redirect.addFlashAttribute("saved", "cases.saved.note");
        return page(id) + "#notes";
    }

    /**
     * The value to send for a field the form always posts: null when it is as it was (so the history
     * records only real changes), else the new value ("" clears it).
     */
    private static String changed(String current, String typed) {
        String before = current == null ? "" : current;
        return before.equals(typed) ? null : typed;
    }

    /** Active users who may work cases, either those in the team (members, then the manager) or everyone else. */
    private List<Choice> assignable(List<String> members, String manager, boolean inTeam) {
        Set<String> team = new LinkedHashSet<>(members);
        if (manager != null) {
            team.add(manager);
        }
        List<Choice> out = new ArrayList<>();
        List<UserAccount> active = users.list().stream().filter(UserAccount::enabled).filter(u -> u.role() != Role.VIEWER).toList();
        if (inTeam) {
            for (String username : team) {
                active.stream().filter(u -> u.username().equals(username)).findFirst()
                        .ifPresent(u -> out.add(new Choice(u.username(), label(u))));
            }
        } else {
            active.stream().filter(u -> !team.contains(u.username())).forEach(u -> out.add(new Choice(u.username(), label(u))));
        }
        return out;
    }

    private static String label(UserAccount user) {
        String display = user.displayName();
        return display == null || display.isBlank() || display.equals(user.username()) ? user.username()
                : display + " (" + user.username() + ")";
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldProblem::field).distinct().toList();
    }

    private static String problems(RedirectAttributes redirect, long id, List<String> fields) {
        redirect.addFlashAttribute("errorFields", fields);
        return page(id);
    }

    private static String page(long id) {
        return "redirect:/cases/" + id;
    }

    /** Only the inbox or a case page of this site, so that {@code back} cannot send the user elsewhere. */
    static boolean isLocalCasesPath(String back) {
        return (back.equals("/cases") || back.startsWith("/cases?") || back.startsWith("/cases/"))
                && !back.contains("//") && !back.contains("\\") && back.chars().noneMatch(ch -> ch < 0x20);
    }
}
