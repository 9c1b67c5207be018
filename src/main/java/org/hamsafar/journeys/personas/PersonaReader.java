package org.hamsafar.journeys.personas;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.shared.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON of a persona into a {@link PersonaDraft}, reporting shapes (unknown fields, a
 * number where a string belongs) under their paths; {@link PersonaRules} then checks the values.
 * Fields a reply carries and the server sets ({@code id}, {@code createdAt}, ...) may be sent back
 * and are ignored, so that a persona read can be edited and sent back as it is.
 */
final class PersonaReader {
    static final Set<String> FIELDS = Set.of("name", "photo", "demographics", "psychographics", "quote", "segment");
    static final Set<String> READ_ONLY = Set.of("id", "createdAt", "createdBy", "updatedAt", "updatedBy", "journeyMaps");
    private static final Set<String> PHOTO = Set.of("initials", "color");
    private static final Set<String> DEMOGRAPHICS = Set.of("ageRange", "gender", "occupation", "education", "income", "location");
    private static final Set<String> PSYCHOGRAPHICS = Set.of("goals", "needs", "frustrations", "values", "interests",
            "preferredChannels");

    /** What was read (null when the JSON is not an object) and the problems of shape. */
    record Read(PersonaDraft draft, List<FieldProblem> problems) {
    }

    private PersonaReader() {
    }

    /**
     * Reads {@code node} found at {@code parent} (empty at the top of a body, {@code persona} in an
     * import). {@code readOnlyAllowed}: whether server-set fields are ignored rather than refused.
     */
    static Read read(JsonNode node, String parent, boolean readOnlyAllowed) {
        List<FieldProblem> problems = new ArrayList<>();
        if (node == null || !node.isObject()) {
            problems.add(new FieldProblem(parent.isEmpty() ? "body" : parent, "must be a JSON object (a persona)"));
            return new Read(null, problems);
        }
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name) && !(readOnlyAllowed && READ_ONLY.contains(name))) {
                problems.add(new FieldProblem(JourneyInput.path(parent, name),
                        "unknown field; a persona has name, photo, demographics, psychographics, quote and segment"));
            }
        }
        String name = JourneyInput.string(node, "name", parent, problems);
        PersonaPhoto photo = photo(JourneyInput.object(node, "photo", parent, "must be an object with initials and color", problems),
                JourneyInput.path(parent, "photo"), problems);
        Demographics demographics = demographics(JourneyInput.object(node, "demographics", parent,
                "must be an object with ageRange, gender, occupation, education, income and location", problems),
                JourneyInput.path(parent, "demographics"), problems);
        Psychographics psychographics = psychographics(JourneyInput.object(node, "psychographics", parent,
                "must be an object with goals, needs, frustrations, values, interests and preferredChannels", problems),
                JourneyInput.path(parent, "psychographics"), problems);
        String quote = JourneyInput.string(node, "quote", parent, problems);
        String segment = JourneyInput.string(node, "segment", parent, problems);
        return new Read(new PersonaDraft(name, photo, demographics, psychographics, quote, segment), problems);
    }

    private static PersonaPhoto photo(JsonNode node, String path, List<FieldProblem> problems) {
        if (node == null) {
            return null;
        }
        JourneyInput.onlyKnown(node, path, PHOTO, "unknown field; a photo has initials and color", problems);
        return new PersonaPhoto(JourneyInput.string(node, "initials", path, problems), JourneyInput.string(node, "color", path, problems));
    }

    private static Demographics demographics(JsonNode node, String path, List<FieldProblem> problems) {
        if (node == null) {
            return null;
        }
        JourneyInput.onlyKnown(node, path, DEMOGRAPHICS,
                "unknown field; demographics have ageRange, gender, occupation, education, income and location", problems);
        return new Demographics(JourneyInput.string(node, "ageRange", path, problems), JourneyInput.string(node, "gender", path, problems),
                JourneyInput.string(node, "occupation", path, problems), JourneyInput.string(node, "education", path, problems),
                JourneyInput.string(node, "income", path, problems), JourneyInput.string(node, "location", path, problems));
    }

    private static Psychographics psychographics(JsonNode node, String path, List<FieldProblem> problems) {
        if (node == null) {
            return null;
        }
        JourneyInput.onlyKnown(node, path, PSYCHOGRAPHICS,
                "unknown field; psychographics have goals, needs, frustrations, values, interests and preferredChannels", problems);
        return new Psychographics(JourneyInput.strings(node, "goals", path, problems), JourneyInput.strings(node, "needs", path, problems),
                JourneyInput.strings(node, "frustrations", path, problems), JourneyInput.strings(node, "values", path, problems),
                JourneyInput.strings(node, "interests", path, problems),
                JourneyInput.strings(node, "preferredChannels", path, problems));
    }
}
