package org.hamsafar.journeys.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.journeys.personas.JourneyInput;
import org.hamsafar.journeys.personas.PersianLetters;
import org.hamsafar.journeys.personas.PersonaSummary;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Journey maps: the entry point for the editor pages, the REST API ({@code /api/v1/journeys}) and
 * the demo company.
 *
 * <p>Every save makes a new immutable version (1, 2, 3, ...) with who saved it, when, an optional
 * note and what changed ({@link VersionChange}). Changes take a {@code baseVersion}: the version the
 * editor built on; when someone saved a newer one meanwhile the change is refused with
 * {@link StaleVersionException} (409) and nothing is saved. The fine-grained verbs (one cell, add,
 * move, rename or delete a stage) each save a whole new version through the same checks as a full
 * save. Lanes of each type, their order and a blueprint's lines: {@link JourneyLanes#forType}.
 *
 * <p>Invalid input throws {@link InvalidInputException} naming every bad field by its JSON path
 * ({@code stages[1].painPoints[0]}); nothing is saved then. Unknown maps throw {@link NotFoundException}.
 * Creations, changes, deletions and imports are audited.
 */
@Service
public class JourneyMaps {
    private final JourneyMapRepository maps;
    private final MapVersions versions;
    private final MapReferences references;
    private final Personas personas;
    private final JourneyMapExporter exporter;
    private final JourneyMapImporter importer;
    private final WriteTransactions writes;
    private final AuditLog auditLog;

    JourneyMaps(JourneyMapRepository maps, MapVersions versions, MapReferences references, Personas personas,
                JourneyMapExporter exporter, JourneyMapImporter importer, WriteTransactions writes, AuditLog auditLog) {
        this.maps = maps;
        this.versions = versions;
        this.references = references;
        this.personas = personas;
        this.exporter = exporter;
        this.importer = importer;
        this.writes = writes;
        this.auditLog = auditLog;
    }

    /**
     * Reads a map from its JSON (the API's shape: name, type, personaId, goal, scope, stages with
     * their lanes as named properties); throws for problems of shape (unknown fields or lanes,
     * wrong types). Values are checked when the draft is saved.
     */
    public JourneyMapDraft read(JsonNode json) {
        JourneyMapReader.Read read = JourneyMapReader.read(json, "", JourneyMapReader.Source.API);
        if (!read.problems().isEmpty()) {
            throw new InvalidInputException(read.problems());
        }
        return read.draft();
    }

    /** Creates a map at version 1. */
    public JourneyMap create(JourneyMapDraft draft, String versionNote) {
        return create(draft, versionNote, List.of());
    }

    /** Saves {@code draft} as the next version; {@code baseVersion} null skips the concurrency check. */
    public JourneyMap replace(long id, JourneyMapDraft draft, Integer baseVersion, String versionNote) {
        return replace(id, draft, baseVersion, versionNote, List.of());
    }

    /** The latest version of the map, if it exists. */
    public Optional<JourneyMap> find(long id) {
        return maps.find(id).map(row -> assemble(row, maps.version(id, row.latestVersion()).orElseThrow()));
    }

    /** The latest version of the map. */
    public JourneyMap get(long id) {
        return find(id).orElseThrow(() -> MapVersions.notFound(id));
    }

    /** One version of the map (1 to its latest). */
    public JourneyMap version(long id, int version) {
        JourneyMapRepository.MapRow row = maps.find(id).orElseThrow(() -> MapVersions.notFound(id));
        return assemble(row, maps.version(id, version)
                .orElseThrow(() -> new NotFoundException("Version " + version + " of journey map " + id)));
    }

    /** The map's versions, newest first; {@code limit} 1 to 200. */
    public Page<JourneyMapVersion> versions(long id, String cursor, int limit) {
        maps.find(id).orElseThrow(() -> MapVersions.notFound(id));
        Integer before = cursor == null ? null : (int) Math.min(Integer.MAX_VALUE, Cursors.decodeLong(cursor));
        List<JourneyMapRepository.VersionRow> rows = maps.versions(id, before, limit + 1);
        boolean more = rows.size() > limit;
        List<JourneyMapVersion> items = new ArrayList<>();
        for (JourneyMapRepository.VersionRow row : more ? rows.subList(0, limit) : rows) {
            JourneyMapDraft document = MapDocuments.read(row.document());
            items.add(new JourneyMapVersion(row.version(), row.savedAt(), row.savedBy(), row.note(), row.change(), row.changeDetail(),
                    document.name(), document.stages().size()));
        }
        return new Page<>(items, more ? Cursors.encode(Integer.toString(items.get(items.size() - 1).version())) : null);
    }

    /**
     * Maps newest first, without stages. Optional filters: {@code type}, {@code personaId},
     * {@code query} (part of the name, any case and either yeh/kaf); {@code limit} 1 to 200.
     */
    public Page<JourneyMapSummary> list(JourneyMapType type, Long personaId, String query, String cursor, int limit) {
        Long before = cursor == null ? null : Cursors.decodeLong(cursor);
        String key = query == null || query.isBlank() ? null : PersianLetters.key(query);
        if (key != null && key.length() > 200) {
            throw InvalidInputException.of("q", "must be at most 200 characters");
        }
        List<JourneyMapRepository.MapRow> rows = maps.list(type, personaId, key, before, limit + 1);
        boolean more = rows.size() > limit;
        List<JourneyMapRepository.MapRow> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(summaries(page), more ? Cursors.encode(Long.toString(page.get(page.size() - 1).id())) : null);
    }

    /** The maps named {@code name} (any case, either yeh/kaf, spacing), oldest first. */
    public List<JourneyMapSummary> findByName(String name) {
        return summaries(maps.withNameKey(PersianLetters.key(name)));
    }

    /** Deletes the map with all its versions. */
    public void delete(long id) {
        writes.run(() -> {
            JourneyMapRepository.MapRow row = versions.current(id);
            maps.delete(id);
            auditLog.record("journey_map_deleted", "journey_map:" + id, "name=" + row.name() + " versions=" + row.latestVersion());
        });
    }

    /** Replaces the items of the text lane {@code lane} (a {@link LaneKind#TEXT_LIST} lane of the map's type) of one stage. */
    public JourneyMap updateCell(long id, int baseVersion, String stageId, String lane, List<String> items) {
        return change(id, baseVersion, map -> StageEdits.setTextLane(map, stageId, lane, items), VersionChange.CELL_UPDATED,
                stageId + "." + lane);
    }

    /** Sets the designed emotion of one stage (-2..+2, or null for none). */
    public JourneyMap updateEmotion(long id, int baseVersion, String stageId, Integer emotion) {
        return change(id, baseVersion, map -> StageEdits.setEmotion(map, stageId, emotion), VersionChange.CELL_UPDATED,
                stageId + "." + JourneyLanes.EMOTION);
    }

    /** Replaces the touchpoints of one stage. */
    public JourneyMap updateTouchpoints(long id, int baseVersion, String stageId, List<StageTouchpoint> touchpoints) {
        return change(id, baseVersion, map -> StageEdits.setTouchpoints(map, stageId, touchpoints), VersionChange.CELL_UPDATED,
                stageId + "." + JourneyLanes.TOUCHPOINTS);
    }

    /**
     * Adds an empty stage named {@code name} after the stage {@code afterStageId} (first when null),
     * with the id {@code newStageId} ({@code stage_<n>} when null).
     */
    public JourneyMap addStage(long id, int baseVersion, String afterStageId, String newStageId, String name) {
        String[] added = new String[1];
        return change(id, baseVersion, map -> {
            JourneyMapDraft changed = StageEdits.addStage(map, afterStageId, newStageId, name);
            int at = afterStageId == null ? 0 : map.indexOf(afterStageId) + 1;
            added[0] = changed.stages().get(at).id();
            return changed;
        }, VersionChange.STAGE_ADDED, null, added);
    }

    /** Moves a stage to {@code toIndex} (0-based, in the map as it is after the move). */
    public JourneyMap moveStage(long id, int baseVersion, String stageId, int toIndex) {
        return change(id, baseVersion, map -> StageEdits.moveStage(map, stageId, toIndex), VersionChange.STAGE_MOVED,
                stageId + "→" + toIndex);
    }

    /** Moves a stage one place earlier ({@code UP}) or later ({@code DOWN}); 422 past either end. */
    public JourneyMap moveStage(long id, int baseVersion, String stageId, StageMove move) {
        return change(id, baseVersion, map -> StageEdits.moveStage(map, stageId, move), VersionChange.STAGE_MOVED,
                stageId + "→" + move.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Renames a stage; its id stays (so comparisons still align it). */
    public JourneyMap renameStage(long id, int baseVersion, String stageId, String name) {
        return change(id, baseVersion, map -> StageEdits.renameStage(map, stageId, name), VersionChange.STAGE_RENAMED, stageId);
    }

    /** Deletes a stage; a map keeps at least one. */
    public JourneyMap deleteStage(long id, int baseVersion, String stageId) {
        return change(id, baseVersion, map -> StageEdits.deleteStage(map, stageId), VersionChange.STAGE_DELETED, stageId);
    }

    /**
     * Compares two maps or versions side by side (see {@link JourneyComparison}); a null version is
     * the latest. The same map on both sides compares two of its versions.
     */
    public JourneyComparison compare(long leftId, Integer leftVersion, long rightId, Integer rightVersion) {
        JourneyMap left = leftVersion == null ? get(leftId) : version(leftId, leftVersion);
        JourneyMap right = rightVersion == null ? get(rightId) : version(rightId, rightVersion);
        return JourneyComparer.compare(new JourneyComparison.Side(left.id(), left.name(), left.type(), left.version()), left.toDraft(),
                new JourneyComparison.Side(right.id(), right.name(), right.type(), right.version()), right.toDraft());
    }

    /** The export document of the map's latest version, or of {@code version} when set. */
    public JourneyMapExport export(long id, Integer version) {
        return exporter.export(version == null ? get(id) : version(id, version));
    }

    /**
     * Imports one export document or a list of them, all or nothing: each becomes a new map linked
     * to the persona of the same name (created from the document when there is none).
     */
    public JourneyMapImport importDocuments(JsonNode body) {
        return importer.importDocuments(body);
    }

    /** Create from the API: the reader's problems of shape are reported with the problems of value. */
    JourneyMap create(JourneyMapReader.Read read) {
        return create(read.draft(), read.versionNote(), read.problems());
    }

    /** Replace from the API; an {@code id} in the body must be the path's. */
    JourneyMap replace(long id, JourneyMapReader.Read read) {
        List<FieldProblem> shape = new ArrayList<>(read.problems());
        if (read.id() != null && read.id() != id) {
            shape.add(new FieldProblem("id", "must be the id in the path (" + id + ") or left out"));
        }
        return replace(id, read.draft(), read.baseVersion(), read.versionNote(), shape);
    }

    private JourneyMap create(JourneyMapDraft draft, String versionNote, List<FieldProblem> shape) {
        List<FieldProblem> problems = new ArrayList<>();
        JourneyMapDraft valid = JourneyMapRules.check(draft, "", problems);
        String note = JourneyMapRules.note(versionNote, "versionNote", problems);
        throwIfAny(JourneyInput.merge(shape, problems));
        String actor = Actors.current();
        long id = writes.run(() -> {
            checkReferences(valid);
            return versions.create(valid, note, VersionChange.CREATED, null, actor);
        });
        return get(id);
    }

    private JourneyMap replace(long id, JourneyMapDraft draft, Integer baseVersion, String versionNote, List<FieldProblem> shape) {
        List<FieldProblem> problems = new ArrayList<>();
        JourneyMapDraft valid = JourneyMapRules.check(draft, "", problems);
        String note = JourneyMapRules.note(versionNote, "versionNote", problems);
        throwIfAny(JourneyInput.merge(shape, problems));
        String actor = Actors.current();
        writes.run(() -> {
            JourneyMapRepository.MapRow row = versions.current(id);
            checkReferences(valid);
            versions.save(row, baseVersion, valid, note, VersionChange.SAVED, null, actor);
        });
        return get(id);
    }

    private JourneyMap change(long id, int baseVersion, UnaryOperator<JourneyMapDraft> edit, VersionChange change, String detail) {
        return change(id, baseVersion, edit, change, detail, null);
    }

    /**
     * Applies {@code edit} to the latest version and saves the result as the next one, all in one
     * write transaction. {@code computedDetail}: where an edit leaves the change's detail when it is
     * known only after the edit (the id of an added stage).
     */
    private JourneyMap change(long id, int baseVersion, UnaryOperator<JourneyMapDraft> edit, VersionChange change, String detail,
                              String[] computedDetail) {
        String actor = Actors.current();
        writes.run(() -> {
            JourneyMapRepository.MapRow row = versions.current(id);
            if (baseVersion != row.latestVersion()) {
                throw new StaleVersionException(id, baseVersion, row.latestVersion(), row.updatedBy(), row.updatedAt());
            }
            JourneyMapDraft edited = edit.apply(versions.latest(row));
            List<FieldProblem> problems = new ArrayList<>();
            JourneyMapDraft valid = JourneyMapRules.check(edited, "", problems);
            throwIfAny(problems);
            checkReferences(valid);
            versions.save(row, baseVersion, valid, null, change, computedDetail == null ? detail : computedDetail[0], actor);
        });
        return get(id);
    }

    private void checkReferences(JourneyMapDraft valid) {
        List<FieldProblem> problems = new ArrayList<>();
        references.check(valid, "", problems);
        throwIfAny(problems);
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private JourneyMap assemble(JourneyMapRepository.MapRow row, JourneyMapRepository.VersionRow version) {
        JourneyMapDraft d = MapDocuments.read(version.document());
        PersonaSummary persona = d.personaId() == null ? null : personas.summaries(List.of(d.personaId())).get(d.personaId());
        return new JourneyMap(row.id(), d.name(), d.type(), d.personaId(), persona, d.goal(), d.scope(), d.stages(), version.version(),
                row.latestVersion(), version.note(), version.change(), version.changeDetail(), version.savedAt(), version.savedBy(),
                row.createdAt(), row.createdBy());
    }

    private List<JourneyMapSummary> summaries(List<JourneyMapRepository.MapRow> rows) {
        Map<Long, PersonaSummary> found = personas.summaries(rows.stream().map(JourneyMapRepository.MapRow::personaId)
                .filter(java.util.Objects::nonNull).toList());
        return rows.stream().map(r -> new JourneyMapSummary(r.id(), r.name(), r.type(), r.personaId(),
                r.personaId() == null ? null : found.get(r.personaId()), r.stageCount(), r.latestVersion(), r.createdAt(),
                r.createdBy(), r.updatedAt(), r.updatedBy())).toList();
    }
}
