package org.hamsafar.analytics.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.identity.Role;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clusters page ({@code /analytics/clusters}): the latest clustering's silhouette by k (a chart),
 * and a card per cluster with its size, traits in words, value, NPS, topics, channel, city, age and
 * genders, and (for admins and analysts) a button that saves it as a persona.
 */
@Controller
class ClusterPageController {
    private static final Set<String> EDITORS = Set.of("ROLE_" + Role.ADMIN.name(), "ROLE_" + Role.ANALYST.name());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final AnalyticsJobs jobs;
    private final ClusterPersonas personas;
    private final ClusterWords words;

    ClusterPageController(AnalyticsJobs jobs, ClusterPersonas personas, ClusterWords words) {
        this.jobs = jobs;
        this.personas = personas;
        this.words = words;
    }

    /** A cluster's card: its description and its traits and summary in the page's language. */
    public record Card(JsonNode cluster, List<String> traits, String suggestedName) {
    }

    @GetMapping("/analytics/clusters")
    ModelAndView page(Authentication user) {
        ModelAndView view = new ModelAndView("analytics/clusters");
        AnalyticsJob job = jobs.latest(ClusterAnalysis.KIND).orElse(null);
        view.addObject("job", job);
        view.addObject("canSave", canSave(user));
        if (job == null) {
            return view;
        }
        Locale locale = LocaleContextHolder.getLocale();
        JsonNode result = job.result();
        List<Card> cards = new ArrayList<>();
        for (JsonNode cluster : result.path("clusters")) {
            cards.add(new Card(cluster, words.traits(cluster, locale), words.name(cluster, locale)));
        }
        view.addObject("result", result);
        view.addObject("cards", cards);
        view.addObject("asOf", java.time.Instant.parse(result.path("asOf").asString()));
        view.addObject("chart", JSON.writeValueAsString(result.path("candidates")));
        view.addObject("features", result.path("features").valueStream()
                .map(f -> words.feature(f.path("feature").asString(), channelOf(f.path("feature").asString()), locale)).toList());
        return view;
    }

    @PostMapping("/analytics/clusters/{jobId:\\d+}/{cluster:\\d+}/persona")
    String save(@PathVariable long jobId, @PathVariable int cluster, Authentication user, RedirectAttributes redirect) {
        if (!canSave(user)) {
            throw new AccessDeniedException("only admins and analysts save personas");
        }
        try {
            ClusterPersonas.Saved saved = personas.save(jobId, cluster, null, LocaleContextHolder.getLocale());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/journeys/personas/" + saved.persona().id();
        } catch (ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("saveProblem", e.getMessage());
            return "redirect:/analytics/clusters";
        }
    }

    private static String channelOf(String feature) {
        return feature.startsWith("channel_") ? feature.substring("channel_".length()) : null;
    }

    private static boolean canSave(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> EDITORS.contains(a.getAuthority()));
    }
}
