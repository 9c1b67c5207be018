package org.hamsafar.journeys.maps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A journey map as an editor or an API client writes it, before it is checked and saved: {@code name}
 * (1-200 characters), {@code type}, {@code personaId} (optional; must exist), {@code goal} and
 * {@code scope} (optional, at most 2000 characters each) and 1 to 30 {@code stages}. This is also
 * the document each stored version holds.
 */
public record JourneyMapDraft(String name, JourneyMapType type, Long personaId, String goal, String scope, List<JourneyStage> stages) {

    public JourneyMapDraft {
        // Kept with null items, if any, for the rules to report them by index.
        stages = stages == null ? null : Collections.unmodifiableList(new ArrayList<>(stages));
    }

    public JourneyMapDraft withStages(List<JourneyStage> value) {
        return new JourneyMapDraft(name, type, personaId, goal, scope, value);
    }

    public JourneyMapDraft withPersona(Long value) {
        return new JourneyMapDraft(name, type, value, goal, scope, stages);
    }

    /** The index of the stage {@code stageId}, or -1. */
    public int indexOf(String stageId) {
        if (stages == null) {
            return -1;
        }
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i) != null && stages.get(i).id() != null && stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }
}
