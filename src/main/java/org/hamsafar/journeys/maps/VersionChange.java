package org.hamsafar.journeys.maps;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What made a version of a map, so that a version list can say it in the reader's language. */
public enum VersionChange {
    /** The first version of a map made by a person or client. */
    CREATED,
    /** The whole map saved (PUT). */
    SAVED,
    /** The first version of a map made by an import. */
    IMPORTED,
    /** One lane of one stage changed; detail: {@code stageId.lane}. */
    CELL_UPDATED,
    /** Detail: the new stage's id. */
    STAGE_ADDED,
    /** Detail: {@code stageId→index} (0-based). */
    STAGE_MOVED,
    /** Detail: the stage's id. */
    STAGE_RENAMED,
    /** Detail: the removed stage's id. */
    STAGE_DELETED,
    /** Its persona was deleted with force; detail: {@code persona:<id>}. */
    PERSONA_UNLINKED;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<VersionChange> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
