package org.hamsafar.actions.measures;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.hamsafar.actions.teams.Team;
import org.hamsafar.actions.teams.Teams;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The "Closing the loop" panel of the CX overview, an HTML fragment the page loads with htmx
 * (the overview belongs to the feedback module, which must not depend on cases). Takes the
 * period as the API does ({@code days}, {@code from}, {@code to}, {@code team}); a hand-edited bad
 * value falls back to the last 90 days with a notice rather than an error in the middle of the page.
 */
@Controller
class MeasuresPanelController {
    /** Figures over fewer than this many are marked as a small sample. */
    static final int SMALL_SAMPLE = 20;
    private final ClosedLoopMeasures measures;
    private final Teams teams;
    private final ZoneId zone;
    private final Clock clock;

    MeasuresPanelController(ClosedLoopMeasures measures, Teams teams, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone,
                            Clock clock) {
        this.measures = measures;
        this.teams = teams;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    @GetMapping("/cases/measures-panel")
    ModelAndView panel(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String days, @RequestParam(required = false) String team,
                       @RequestParam(required = false) String segment) {
        MeasuresScope scope;
        boolean fallback = false;
        try {
            scope = MeasuresParams.read(new MeasuresParams.Raw(from, to, days, team, segment), zone, clock.instant());
        } catch (InvalidInputException e) {
            scope = MeasuresParams.read(new MeasuresParams.Raw(null, null, null, null, null), zone, clock.instant());
            fallback = true;
        }
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> names = new HashMap<>();
        for (Team known : teams.all()) {
            names.put(known.key(), known.name(language));
        }
        ModelAndView view = new ModelAndView("actions/measures-panel");
        view.addObject("report", measures.report(scope));
        view.addObject("teamNames", names);
        view.addObject("smallSample", SMALL_SAMPLE);
        view.addObject("fallback", fallback);
        return view;
    }
}
