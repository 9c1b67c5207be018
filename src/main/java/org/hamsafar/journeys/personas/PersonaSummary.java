package org.hamsafar.journeys.personas;

/** What a list or a map shows of a persona: its name and photo placeholder. */
public record PersonaSummary(long id, String name, String initials, String color) {
}
