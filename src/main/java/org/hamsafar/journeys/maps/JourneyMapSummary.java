package org.hamsafar.journeys.maps;

import java.time.Instant;
import org.hamsafar.journeys.personas.PersonaSummary;

/** A map in a list: its latest name, type, persona and size, without stages. */
public record JourneyMapSummary(long id, String name, JourneyMapType type, Long personaId, PersonaSummary persona, int stageCount,
                                int latestVersion, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
