package org.hamsafar.journeys.maps;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hamsafar.journeys.personas.PersonaSummary;

/**
 * One version of a journey map (usually the latest): what it holds, which version it is
 * ({@code version}, of {@code latestVersion} so far), who saved it when and why ({@code versionNote},
 * {@code change}, {@code changeDetail}), and who created the map. {@code persona} is the linked
 * persona's name and photo, or null (no persona, or one deleted since this version was saved).
 */
public record JourneyMap(long id, String name, JourneyMapType type, Long personaId, PersonaSummary persona, String goal,
                         String scope, List<JourneyStage> stages, int version, int latestVersion, String versionNote,
                         VersionChange change, String changeDetail, Instant savedAt, String savedBy, Instant createdAt,
                         String createdBy) {

    /** What this version holds, as a draft to edit and save again. */
    public JourneyMapDraft toDraft() {
        return new JourneyMapDraft(name, type, personaId, goal, scope, stages);
    }

    public Optional<JourneyStage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /** Whether this is the latest version (an editor may only build on the latest). */
    public boolean atLatestVersion() {
        return version == latestVersion;
    }
}
