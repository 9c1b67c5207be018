package org.hamsafar.journeys.maps;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.hamsafar.feedback.Survey;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.journeys.personas.Persona;
import org.hamsafar.journeys.personas.Personas;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the export document of a map version:
 * <pre>{
 *   "format": "hamsafar.journey-map", "formatVersion": 1, "exportedAt": "...",
 *   "source": {"mapId": 12, "version": 3},
 *   "map": {"name", "type", "goal", "scope", "stages": [...]},
 *   "persona": {"name", "photo", "demographics", "psychographics", "quote", "segment"} or null,
 *   "surveys": [{"id", "key", "name"}]
 * }</pre>
 * The surveys let an import on another server link its own survey with the same public key.
 */
@Component
class JourneyMapExporter {
    private final Personas personas;
    private final SurveyCatalog surveys;
    private final Clock clock;

    JourneyMapExporter(Personas personas, SurveyCatalog surveys, Clock clock) {
        this.personas = personas;
        this.surveys = surveys;
        this.clock = clock;
    }

    JourneyMapExport export(JourneyMap map) {
        ObjectNode document = MapDocuments.mapper().createObjectNode();
        document.put("format", JourneyMapExport.FORMAT);
        document.put("formatVersion", JourneyMapExport.FORMAT_VERSION);
        document.put("exportedAt", clock.instant().toString());
        ObjectNode source = document.putObject("source");
        source.put("mapId", map.id());
        source.put("version", map.version());
        ObjectNode body = MapDocuments.mapper().valueToTree(map.toDraft());
        body.remove("personaId");
        document.set("map", body);
        Optional<Persona> persona = map.personaId() == null ? Optional.empty() : personas.find(map.personaId());
        if (persona.isPresent()) {
            document.set("persona", MapDocuments.mapper().valueToTree(persona.get().toDraft()));
        } else {
            document.putNull("persona");
        }
        ArrayNode surveyList = document.putArray("surveys");
        Set<Long> ids = new LinkedHashSet<>();
        map.stages().forEach(s -> s.touchpoints().forEach(t -> {
            if (t.surveyId() != null) {
                ids.add(t.surveyId());
            }
        }));
        for (long id : ids) {
            Optional<Survey> survey = surveys.find(id);
            ObjectNode entry = surveyList.addObject();
            entry.put("id", id);
            entry.put("key", survey.map(Survey::key).orElse(null));
            entry.put("name", survey.map(Survey::name).orElse(null));
        }
        return new JourneyMapExport("journey-map-" + map.id() + "-v" + map.version() + ".json", document);
    }
}
