package org.hamsafar.actions.pages;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.hamsafar.actions.CasePriority;
import org.hamsafar.actions.CaseState;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The agent inbox: tabs (mine, my teams, unassigned, breached, all), filters by state and priority,
 * and the list, which htmx reloads every {@link #POLL_SECONDS} seconds from {@code /cases/list}
 * with the same filters, so that new cases appear without reloading the page. Filters and paging
 * are plain links and a GET form.
 */
@Controller
@RequestMapping("/cases")
class CaseInboxController {
    static final int POLL_SECONDS = 15;
    private final CaseInbox inbox;
    private final Clock clock;

    CaseInboxController(CaseInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView inbox(@RequestParam(required = false) String tab, @RequestParam(required = false) String state,
                       @RequestParam(required = false) String priority, @RequestParam(required = false) String cursor,
                       Authentication user) {
        InboxQuery query = query(tab, state, priority, cursor, user);
        ModelAndView view = list("actions/inbox", query, user);
        view.addObject("tabs", Arrays.stream(InboxTab.values()).toList());
        view.addObject("tabUrls", Arrays.stream(InboxTab.values()).map(t -> query.url("/cases", t, null)).toList());
        view.addObject("states", stateOptions());
        view.addObject("priorities", Arrays.stream(CasePriority.values()).map(CasePriority::key).toList());
        return view;
    }

    /** The list alone, for htmx's polling. */
    @GetMapping("/list")
    ModelAndView listOnly(@RequestParam(required = false) String tab, @RequestParam(required = false) String state,
                          @RequestParam(required = false) String priority, @RequestParam(required = false) String cursor,
                          Authentication user) {
        return list("actions/inbox :: list", query(tab, state, priority, cursor, user), user);
    }

    private ModelAndView list(String viewName, InboxQuery query, Authentication user) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        CaseInbox.InboxPage page = inbox.page(query, user.getName(), language);
        ModelAndView view = new ModelAndView(viewName);
        view.addObject("q", query);
        view.addObject("page", page);
        view.addObject("pollUrl", query.url("/cases/list", null, query.cursor()));
        view.addObject("pageUrl", query.url("/cases", null, query.cursor()));
        view.addObject("firstUrl", query.before() == null ? null : query.url("/cases", null, null));
        view.addObject("nextUrl", page.nextCursor() == null ? null : query.url("/cases", null, page.nextCursor()));
        view.addObject("pollSeconds", POLL_SECONDS);
        view.addObject("refreshedAt", clock.instant());
        view.addObject("canWork", PageRoles.canWorkCases(user));
        view.addObject("me", user.getName());
        return view;
    }

    private static InboxQuery query(String tab, String state, String priority, String cursor, Authentication user) {
        // Agents start with their own cases; everyone else with all of them.
        InboxTab start = PageRoles.canWorkCases(user) && !PageRoles.canEditRules(user) ? InboxTab.MINE : InboxTab.ALL;
        return InboxQuery.read(tab, state, priority, cursor, start);
    }

    private static List<String> stateOptions() {
        List<String> options = new java.util.ArrayList<>(List.of(InboxQuery.OPEN, InboxQuery.ANY));
        Arrays.stream(CaseState.values()).map(CaseState::key).forEach(options::add);
        return options;
    }
}
