package org.hamsafar.journeys.pages;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.feedback.Survey;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyMapVersion;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.maps.StaleVersionException;
import org.hamsafar.journeys.maps.StageTouchpoint;
import org.hamsafar.journeys.personas.Persona;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.shared.Channel;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Builds what the editor, its fragments and the printable view show of a map. */
@Component
class MapPageModels {
    /** How many versions the editor's version chooser lists (the newest). */
    static final int VERSIONS_SHOWN = 200;
    /** How many surveys the touchpoint editor offers (the newest). */
    static final int SURVEYS_OFFERED = 200;
    static final List<String> TYPES = Arrays.stream(JourneyMapType.values()).map(JourneyMapType::key).toList();
    static final List<String> CHANNELS = Arrays.stream(Channel.values()).map(Channel::key).toList();

    private final JourneyMaps maps;
    private final Personas personas;
    private final SurveyCatalog surveys;
    private final ActorLabels actors;

    MapPageModels(JourneyMaps maps, Personas personas, SurveyCatalog surveys, ActorLabels actors) {
        this.maps = maps;
        this.personas = personas;
        this.surveys = surveys;
        this.actors = actors;
    }

    /** A version in the chooser: who saved it when, what made it, and its note. */
    record VersionOption(int version, Instant savedAt, ActorLabels.Actor savedBy, String change, String changeDetail, String note) {
    }

    /** A survey a touchpoint may name. */
    record SurveyOption(long id, String name, String status) {
    }

    static boolean rightToLeft() {
        return "fa".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** The grid of {@code map}; editable when the reader may edit and it is the latest version. */
    MapGrid grid(JourneyMap map, Authentication user) {
        return MapGrid.of(map, MapPageRoles.canEdit(user) && map.atLatestVersion(), rightToLeft(), surveyNames(map));
    }

    /** The editor page of {@code map} (any version), before any edit. */
    ModelAndView editor(JourneyMap map, Authentication user) {
        ModelAndView view = new ModelAndView("journeys/map-editor");
        ActorLabels.Labeller labels = actors.labeller();
        view.addObject("map", map);
        view.addObject("grid", grid(map, user));
        view.addObject("canEdit", MapPageRoles.canEdit(user));
        view.addObject("persona", map.personaId() == null ? null : personas.find(map.personaId()).orElse(null));
        view.addObject("savedBy", labels.of(map.savedBy()));
        view.addObject("versions", maps.versions(map.id(), null, VERSIONS_SHOWN).items().stream().map(v -> option(v, labels)).toList());
        view.addObject("types", TYPES);
        view.addObject("channels", CHANNELS);
        if (MapPageRoles.canEdit(user)) {
            view.addObject("personaChoices", personas.list(null, null, null, 200).items());
            view.addObject("surveyOptions", surveyOptions());
        } else {
            view.addObject("personaChoices", List.of());
            view.addObject("surveyOptions", List.of());
        }
        view.addObject("edit", null);
        view.addObject("alertProblems", List.of());
        view.addObject("alertConflict", null);
        return view;
    }

    /** The printable view of {@code map}. */
    ModelAndView print(JourneyMap map) {
        ModelAndView view = new ModelAndView("journeys/map-print");
        view.addObject("map", map);
        view.addObject("grid", MapGrid.of(map, false, rightToLeft(), surveyNames(map)));
        view.addObject("persona", map.personaId() == null ? null : personas.find(map.personaId()).orElse(null));
        view.addObject("savedBy", actors.labeller().of(map.savedBy()));
        view.addObject("channels", CHANNELS);
        return view;
    }

    Persona personaOf(JourneyMap map) {
        return map.personaId() == null ? null : personas.find(map.personaId()).orElse(null);
    }

    Conflict conflict(StaleVersionException e) {
        return new Conflict(e.latestVersion(), actors.labeller().of(e.savedBy()), e.savedAt());
    }

    List<SurveyOption> surveyOptions() {
        return surveys.list(null, null, SURVEYS_OFFERED).items().stream()
                .map(s -> new SurveyOption(s.id(), s.name(), s.status().key())).toList();
    }

    private Map<Long, String> surveyNames(JourneyMap map) {
        Set<Long> ids = new LinkedHashSet<>();
        map.stages().forEach(s -> s.touchpoints().stream().map(StageTouchpoint::surveyId).filter(java.util.Objects::nonNull).forEach(ids::add));
        Map<Long, String> names = new LinkedHashMap<>();
        for (Long id : ids) {
            surveys.find(id).map(Survey::name).ifPresent(name -> names.put(id, name));
        }
        return names;
    }

    private static VersionOption option(JourneyMapVersion v, ActorLabels.Labeller labels) {
        return new VersionOption(v.version(), v.savedAt(), labels.of(v.savedBy()), v.change() == null ? null : v.change().key(),
                v.changeDetail(), v.note());
    }
}
