package org.hamsafar.demo;

import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.journeys.maps.JourneyMapDraft;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.personas.Persona;
import org.hamsafar.journeys.personas.PersonaDraft;
import org.hamsafar.journeys.personas.Personas;
import org.springframework.stereotype.Service;

/**
 * The demo company's personas and journey maps ({@link DemoPersonas}, {@link DemoJourneyMaps}),
 * saved through the same facades as the editor and the API. Each is added only when nothing of
 * that name exists: loading again changes nothing, and what a user made is left alone.
 */
@Service
class DemoJourneys {
    private final Personas personas;
    private final JourneyMaps maps;
    private final SurveyCatalog surveys;

    DemoJourneys(Personas personas, JourneyMaps maps, SurveyCatalog surveys) {
        this.personas = personas;
        this.maps = maps;
        this.surveys = surveys;
    }

    /** What a load added. */
    record Loaded(int personas, int maps) {
    }

    Loaded load() {
        int newPersonas = 0;
        for (PersonaDraft draft : DemoPersonas.all()) {
            if (personas.findByName(draft.name()).isEmpty()) {
                personas.create(draft);
                newPersonas++;
            }
        }
        DemoJourneyMaps.Links links = new DemoJourneyMaps.Links(personaId(DemoPersonas.APP_SHOPPER), personaId(DemoPersonas.SUPPORT_CALLER),
                personaId(DemoPersonas.NEWCOMER), DemoSurveys.ensure(surveys));
        int newMaps = 0;
        for (JourneyMapDraft draft : DemoJourneyMaps.all(links)) {
            if (maps.findByName(draft.name()).isEmpty()) {
                maps.create(draft, null);
                newMaps++;
            }
        }
        return new Loaded(newPersonas, newMaps);
    }

    private long personaId(String name) {
        return personas.findByName(name).map(Persona::id).orElseThrow();
    }
}
