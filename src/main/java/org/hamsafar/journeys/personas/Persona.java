package org.hamsafar.journeys.personas;

import java.time.Instant;

/**
 * A stored persona. Texts are stored with Arabic yeh and kaf folded to the Persian letters; the
 * photo is always set (derived from the name when it was not given).
 */
public record Persona(long id, String name, PersonaPhoto photo, Demographics demographics, Psychographics psychographics,
                      String quote, String segment, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    /** This persona as a draft, e.g. to change one field and save it again. */
    public PersonaDraft toDraft() {
        return new PersonaDraft(name, photo, demographics, psychographics, quote, segment);
    }

    public PersonaSummary summary() {
        return new PersonaSummary(id, name, photo.initials(), photo.color());
    }
}
