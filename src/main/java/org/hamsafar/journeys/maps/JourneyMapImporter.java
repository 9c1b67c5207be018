package org.hamsafar.journeys.maps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hamsafar.feedback.Survey;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.identity.Actors;
import org.hamsafar.journeys.personas.JourneyInput;
import org.hamsafar.journeys.personas.PersonaDraft;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Imports export documents ({@link JourneyMapExporter}): one, or a list of up to {@value #MAX_DOCUMENTS}.
 * Every document is checked first and nothing is saved unless all are valid (422 naming the paths,
 * {@code [1].map.stages[0].emotion} in a list). Then, in one transaction, each becomes a new map
 * (version 1) linked to the persona of the same name, or to a persona created from the document.
 * A touchpoint's survey is linked by the survey's public key when the document lists it, else by
 * id when that survey exists here; otherwise the link is left out with a warning.
 */
@Component
class JourneyMapImporter {
    static final int MAX_DOCUMENTS = 100;
    private static final Set<String> FIELDS = Set.of("format", "formatVersion", "exportedAt", "source", "map", "persona", "surveys");
    private final Personas personas;
    private final SurveyCatalog surveys;
    private final MapVersions versions;
    private final WriteTransactions writes;

    JourneyMapImporter(Personas personas, SurveyCatalog surveys, MapVersions versions, WriteTransactions writes) {
        this.personas = personas;
        this.surveys = surveys;
        this.versions = versions;
        this.writes = writes;
    }

    /** A checked document: the map (without persona), the persona, the surveys it lists by id, and warnings. */
    private record Checked(JourneyMapDraft map, PersonaDraft persona, Map<Long, String> surveyKeys, List<FieldProblem> warnings) {
    }

    JourneyMapImport importDocuments(JsonNode body) {
        if (body == null || !(body.isObject() || body.isArray())) {
            throw InvalidInputException.of("body", "must be an export document (format \"" + JourneyMapExport.FORMAT + "\") or a list of them");
        }
        List<JsonNode> documents = new ArrayList<>();
        if (body.isArray()) {
            if (body.isEmpty() || body.size() > MAX_DOCUMENTS) {
                throw InvalidInputException.of("body", "must list 1 to " + MAX_DOCUMENTS + " documents, not " + body.size());
            }
            body.forEach(documents::add);
        } else {
            documents.add(body);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            checked.add(check(documents.get(i), body.isArray() ? "[" + i + "]" : "", problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Checked> linked = checked.stream().map(this::linkSurveys).toList();
        String actor = Actors.current();
        return writes.run(() -> {
            List<JourneyMapImport.Imported> imported = new ArrayList<>();
            for (int i = 0; i < linked.size(); i++) {
                Checked doc = linked.get(i);
                Long personaId = null;
                boolean created = false;
                if (doc.persona() != null) {
                    Personas.Resolved persona = personas.findOrCreate(doc.persona());
                    personaId = persona.persona().id();
                    created = persona.created();
                }
                JourneyMapDraft map = doc.map().withPersona(personaId);
                long id = versions.create(map, null, VersionChange.IMPORTED, null, actor);
                imported.add(new JourneyMapImport.Imported(i, id, map.name(), personaId, created, doc.warnings()));
            }
            return new JourneyMapImport(imported);
        });
    }

    private Checked check(JsonNode document, String parent, List<FieldProblem> problems) {
        String where = parent.isEmpty() ? "body" : parent;
        if (!document.isObject()) {
            problems.add(new FieldProblem(where, "must be an export document (an object with format, formatVersion, map, ...)"));
            return null;
        }
        JourneyInput.onlyKnown(document, parent, FIELDS,
                "unknown field; a document has format, formatVersion, exportedAt, source, map, persona and surveys", problems);
        JsonNode format = JourneyInput.value(document, "format");
        if (format == null || !format.isString() || !JourneyMapExport.FORMAT.equals(format.asString())) {
            problems.add(new FieldProblem(JourneyInput.path(parent, "format"), "must be \"" + JourneyMapExport.FORMAT + "\""));
        }
        JsonNode formatVersion = JourneyInput.value(document, "formatVersion");
        if (formatVersion == null || !formatVersion.isIntegralNumber() || formatVersion.asLong() != JourneyMapExport.FORMAT_VERSION) {
            problems.add(new FieldProblem(JourneyInput.path(parent, "formatVersion"),
                    "must be " + JourneyMapExport.FORMAT_VERSION + " (the version of the format this server reads)"));
        }
        String mapPath = JourneyInput.path(parent, "map");
        JourneyMapDraft map = null;
        if (JourneyInput.value(document, "map") == null) {
            problems.add(new FieldProblem(mapPath, "is required: the journey map"));
        } else {
            JourneyMapReader.Read read = JourneyMapReader.read(document.get("map"), mapPath, JourneyMapReader.Source.DOCUMENT);
            List<FieldProblem> ruleProblems = new ArrayList<>();
            map = JourneyMapRules.check(read.draft(), mapPath, ruleProblems);
            problems.addAll(JourneyInput.merge(read.problems(), ruleProblems));
        }
        PersonaDraft persona = null;
        JsonNode personaNode = JourneyInput.value(document, "persona");
        if (personaNode != null) {
            String personaPath = JourneyInput.path(parent, "persona");
            try {
                persona = personas.read(personaNode, personaPath);
            } catch (InvalidInputException e) {
                problems.addAll(e.errors());
            }
        }
        Map<Long, String> surveyKeys = surveyKeys(document, parent, problems);
        return new Checked(map, persona, surveyKeys, List.of());
    }

    /** The public keys of the surveys the document lists, by their id on the exporting server. */
    private static Map<Long, String> surveyKeys(JsonNode document, String parent, List<FieldProblem> problems) {
        Map<Long, String> keys = new HashMap<>();
        JsonNode list = JourneyInput.value(document, "surveys");
        if (list == null) {
            return keys;
        }
        String path = JourneyInput.path(parent, "surveys");
        if (!list.isArray()) {
            problems.add(new FieldProblem(path, "must be a list of surveys ({id, key, name})"));
            return keys;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String at = JourneyInput.index(path, i);
            if (!entry.isObject()) {
                problems.add(new FieldProblem(at, "must be an object with id, key and name"));
                continue;
            }
            JourneyInput.onlyKnown(entry, at, Set.of("id", "key", "name"), "unknown field; a survey has id, key and name", problems);
            Long id = JourneyInput.whole(entry, "id", at, "must be the survey's id (a whole number)", problems);
            String key = JourneyInput.string(entry, "key", at, problems);
            JourneyInput.string(entry, "name", at, problems);
            if (id == null && JourneyInput.value(entry, "id") == null) {
                problems.add(new FieldProblem(at + ".id", "is required"));
            }
            if (id != null && key != null) {
                keys.put(id, key);
            }
        }
        return keys;
    }

    /** The document with each touchpoint's survey linked to a survey of this server, or left out with a warning. */
    private Checked linkSurveys(Checked doc) {
        List<FieldProblem> warnings = new ArrayList<>(doc.warnings());
        Map<Long, Optional<Long>> resolved = new HashMap<>();
        List<JourneyStage> stages = new ArrayList<>();
        for (int s = 0; s < doc.map().stages().size(); s++) {
            JourneyStage stage = doc.map().stages().get(s);
            List<StageTouchpoint> touchpoints = new ArrayList<>();
            for (int t = 0; t < stage.touchpoints().size(); t++) {
                StageTouchpoint tp = stage.touchpoints().get(t);
                Long surveyId = tp.surveyId();
                if (surveyId != null) {
                    Optional<Long> local = resolved.computeIfAbsent(surveyId, id -> localSurvey(id, doc.surveyKeys().get(id)));
                    if (local.isEmpty()) {
                        warnings.add(new FieldProblem("map.stages[" + s + "].touchpoints[" + t + "].surveyId",
                                "survey " + surveyId + (doc.surveyKeys().containsKey(surveyId) ? " (key " + doc.surveyKeys().get(surveyId) + ")" : "")
                                        + " does not exist on this server; the link was left out"));
                    }
                    surveyId = local.orElse(null);
                }
                touchpoints.add(new StageTouchpoint(tp.channel(), tp.type(), tp.touchpoint(), surveyId, tp.label()));
            }
            stages.add(stage.withTouchpoints(touchpoints));
        }
        return new Checked(doc.map().withStages(stages), doc.persona(), doc.surveyKeys(), warnings);
    }

    private Optional<Long> localSurvey(long id, String key) {
        if (key != null) {
            return surveys.findByKey(key).map(Survey::id);
        }
        return surveys.find(id).map(Survey::id);
    }
}
