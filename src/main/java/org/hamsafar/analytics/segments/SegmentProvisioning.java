package org.hamsafar.analytics.segments;

import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Defines segments from the API's JSON for other modules (the demo company), with the API's checks,
 * so that a segment made this way is one the API and the pages could have made.
 */
@Service
public class SegmentProvisioning {
    private final Segments segments;

    SegmentProvisioning(Segments segments) {
        this.segments = segments;
    }

    /** Defines the segment unless one with its key exists; true when it was defined. */
    public boolean defineIfAbsent(JsonNode body) {
        SegmentDefinition draft = SegmentJson.read(body, null);
        if (segments.all().stream().anyMatch(s -> s.key().equals(draft.key()))) {
            return false;
        }
        segments.create(draft);
        return true;
    }
}
