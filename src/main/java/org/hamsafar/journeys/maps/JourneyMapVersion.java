package org.hamsafar.journeys.maps;

import java.time.Instant;

/** One saved version in a map's history: who saved it when, why, and the map's name and size then. */
public record JourneyMapVersion(int version, Instant savedAt, String savedBy, String note, VersionChange change, String changeDetail,
                                String name, int stageCount) {
}
