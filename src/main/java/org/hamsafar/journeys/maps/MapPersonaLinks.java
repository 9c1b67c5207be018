package org.hamsafar.journeys.maps;

import java.util.List;
import org.hamsafar.identity.Actors;
import org.hamsafar.journeys.personas.PersonaLinks;
import org.springframework.stereotype.Component;

/** The journey maps that link to a persona, for deleting it: listed, or unlinked with a new version of each map. */
@Component
class MapPersonaLinks implements PersonaLinks {
    private final JourneyMapRepository maps;
    private final MapVersions versions;

    MapPersonaLinks(JourneyMapRepository maps, MapVersions versions) {
        this.maps = maps;
        this.versions = versions;
    }

    @Override
    public List<LinkedMap> mapsLinkedTo(long personaId) {
        return maps.linkedTo(personaId).stream().map(row -> new LinkedMap(row.id(), row.name())).toList();
    }

    @Override
    public void unlink(long personaId) {
        String actor = Actors.current();
        for (JourneyMapRepository.MapRow row : maps.linkedTo(personaId)) {
            JourneyMapDraft unlinked = versions.latest(row).withPersona(null);
            versions.save(row, null, unlinked, null, VersionChange.PERSONA_UNLINKED, "persona:" + personaId, actor);
        }
    }
}
