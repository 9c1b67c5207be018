package org.hamsafar.journeys.personas;

/**
 * What a persona is made of, as a page or an API client writes it (before it is checked and
 * stored). {@code photo} may be null: it is then derived from the name. {@code demographics} and
 * {@code psychographics} may be null for none. {@code segment} is a customer tag key or null.
 */
public record PersonaDraft(String name, PersonaPhoto photo, Demographics demographics, Psychographics psychographics,
                           String quote, String segment) {
    public PersonaDraft {
        demographics = demographics == null ? Demographics.NONE : demographics;
        psychographics = psychographics == null ? Psychographics.NONE : psychographics;
    }
}
