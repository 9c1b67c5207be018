package org.hamsafar.analytics.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.Role;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analytics overview page: every analysis with its newest job (state, progress, when, by whom,
 * why it failed) and a button that runs it again with its default parameters. A running job's row
 * refreshes itself (htmx) until it has finished.
 */
@Controller
class AnalyticsOverviewController {
    /** Admins and analysts run analyses; everyone signed in reads them. */
    private static final Set<String> RUNNERS = Set.of("ROLE_" + Role.ADMIN.name(), "ROLE_" + Role.ANALYST.name());
    private final AnalyticsJobs jobs;

    AnalyticsOverviewController(AnalyticsJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/analytics")
    ModelAndView overview(Authentication user) {
        Map<String, AnalyticsJob> newest = new LinkedHashMap<>();
        for (String kind : jobs.kinds()) {
            newest.put(kind, null);
        }
        for (AnalyticsJob job : jobs.newestPerKind()) {
            if (newest.containsKey(job.kind())) {
                newest.put(job.kind(), job);
            }
        }
        ModelAndView view = new ModelAndView("analytics/overview");
        view.addObject("rows", newest.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList());
        view.addObject("canRun", canRun(user));
        return view;
    }

    /** One job's row, for the page's polling while it runs. */
    @GetMapping("/analytics/jobs/{id:\\d+}/row")
    ModelAndView row(@PathVariable long id, Authentication user) {
        AnalyticsJob job = jobs.get(id);
        ModelAndView view = new ModelAndView("analytics/overview :: jobRow");
        view.addObject("r", new Row(job.kind(), job));
        view.addObject("canRun", canRun(user));
        return view;
    }

    @PostMapping("/analytics/run/{kind}")
    String run(@PathVariable String kind, Authentication user, RedirectAttributes redirect) {
        if (!canRun(user)) {
            throw new AccessDeniedException("Only admins and analysts may run analyses");
        }
        try {
            AnalyticsJob job = jobs.submit(kind, null, Actors.current());
            redirect.addFlashAttribute("queuedKind", kind);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("runProblem", e.errors().get(0).message());
        }
        return "redirect:/analytics";
    }

    /** An analysis and its newest job (null when it never ran). */
    record Row(String kind, AnalyticsJob job) {
        public boolean running() {
            return job != null && !job.state().finished();
        }

        public int percent() {
            return job == null ? 0 : (int) Math.round(job.progress() * 100);
        }
    }

    private static boolean canRun(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> RUNNERS.contains(a.getAuthority()));
    }
}
