package org.hamsafar.journeys.maps;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Journey maps over HTTP. Ids are digits ({@code {id:\d+}}), so the journey analytics' paths under the same root never collide. */
@RestController
@RequestMapping("/api/v1/journeys")
@Tag(name = "Journey maps", description = "Designed journeys: current and future state, day in the life, service blueprints; versions, compare, import and export")
class JourneyMapController {
    private static final String BODY = """
            Body: `name` (required, 1-200 characters), `type` (current_state, future_state, day_in_the_life, service_blueprint),
            `personaId` (optional, an existing persona), `goal` and `scope` (optional, at most 2000 characters), `stages` (1-30, in
            order) and `versionNote` (optional, at most 500 characters). A stage: `id` (unique in the map, 1-40 of a-z, 0-9 and
            _), `name` (1-120 characters) and its lanes as named properties: `customerGoals`, `actions`, `thoughts`, `painPoints`,
            `opportunities`, `owners`, `kpis` (lists of at most 50 texts of at most 500 characters), `emotion` (designed emotion,
            a whole number from -2 to 2, or null), `touchpoints` (list of {`channel` (web, app, email, sms, phone, chat, social,
            store, other), `type` (event type key), `touchpoint` (touchpoint key), at least one of the two, `surveyId`
            (optional, an existing survey), `label` (optional, at most 200 characters)}); service blueprints also have
            `evidence`, `frontstage`, `backstage` and `support` (other types: 422). Unknown fields and lanes: 422 naming them
            (`stages[1].feelings`). Fields a reply carries (`id`, `version`, `savedAt`, ...) may be sent back and are ignored.
            Arabic yeh and kaf are stored as Persian letters. Nothing is saved when anything is invalid. Audited.""";
    private final JourneyMaps maps;

    JourneyMapController(JourneyMaps maps) {
        this.maps = maps;
    }

    @GetMapping
    @Operation(summary = "List journey maps, newest first", description = """
            Without stages: each item has `stageCount`, `latestVersion`, `updatedAt` and `updatedBy`, and `persona` (name,
            initials, colour). Optional filters: `type`, `personaId`, `q` (part of the name, any case and either yeh/kaf).
            Paged by `limit` (1-200, default 50) and `cursor`.""")
    Page<JourneyMapSummary> list(@RequestParam(required = false) String type, @RequestParam(required = false) Long personaId,
                                 @RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                                 @RequestParam(required = false) String cursor) {
        JourneyMapType wanted = type == null || type.isBlank() ? null : JourneyMapType.fromKey(type.strip())
                .orElseThrow(() -> InvalidInputException.of("type", "must be one of " + JourneyMapType.keys()));
        return maps.list(wanted, personaId, q, cursor, Cursors.limit(limit, 50, 200));
    }

    @PostMapping
    @Operation(summary = "Create a journey map", description = BODY + " 201 with the map at version 1 and its Location.")
    ResponseEntity<JourneyMap> create(@RequestBody JsonNode body) {
        JourneyMap map = maps.create(JourneyMapReader.read(body, "", JourneyMapReader.Source.API));
        return ResponseEntity.created(URI.create("/api/v1/journeys/" + map.id())).body(map);
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "The latest version of a journey map", description = """
            With `version`, `latestVersion`, `versionNote`, `change` (what made this version), `savedAt`/`savedBy` and
            `persona` (name, initials, colour of the linked persona). Every lane of the map's type is present.""")
    JourneyMap get(@PathVariable long id) {
        return maps.get(id);
    }

    @PutMapping("/{id:\\d+}")
    @Operation(summary = "Save a journey map as its next version", description = BODY + """
             Every PUT stores a new immutable version. `baseVersion` (optional): the version the change was made on; 409
             (`stale_version`) when someone saved a newer version meanwhile.""")
    JourneyMap replace(@PathVariable long id, @RequestBody JsonNode body) {
        return maps.replace(id, JourneyMapReader.read(body, "", JourneyMapReader.Source.API));
    }

    @DeleteMapping("/{id:\\d+}")
    @Operation(summary = "Delete a journey map with all its versions", description = "204, or 404 for an unknown id. Audited.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        maps.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id:\\d+}/versions")
    @Operation(summary = "The versions of a journey map, newest first", description = """
            Each: `version`, `savedAt`, `savedBy`, `note`, `change` (created, saved, imported, cell_updated, stage_added,
            stage_moved, stage_renamed, stage_deleted, persona_unlinked), `changeDetail`, and the map's `name` and `stageCount`
            then. Paged by `limit` (1-200, default 50) and `cursor`.""")
    Page<JourneyMapVersion> versions(@PathVariable long id, @RequestParam(required = false) Integer limit,
                                     @RequestParam(required = false) String cursor) {
        return maps.versions(id, cursor, Cursors.limit(limit, 50, 200));
    }

    @GetMapping("/{id:\\d+}/versions/{version:\\d+}")
    @Operation(summary = "One version of a journey map", description = "The same shape as the latest; 404 for a version the map never had.")
    JourneyMap version(@PathVariable long id, @PathVariable int version) {
        return maps.version(id, version);
    }

    @GetMapping("/{id:\\d+}/export")
    @Operation(summary = "Export a journey map as a JSON document", description = """
            A self-contained file (`Content-Disposition: attachment`): `format` "hamsafar.journey-map", `formatVersion` 1,
            `exportedAt`, `source` {mapId, version}, `map` {name, type, goal, scope, stages}, `persona` (embedded, or null) and
            `surveys` [{id, key, name}] named by its touchpoints. The latest version, or `version`.""")
    ResponseEntity<JsonNode> export(@PathVariable long id, @RequestParam(required = false) Integer version) {
        JourneyMapExport export = maps.export(id, version);
        ContentDisposition disposition = ContentDisposition.attachment().filename(export.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(MediaType.APPLICATION_JSON).body(export.document());
    }

    @PostMapping("/import")
    @Operation(summary = "Import exported journey maps", description = """
            Body: one export document or a list of up to 100. All or nothing: any invalid document is a 422 naming its paths
            (`[1].map.stages[0].emotion` in a list) and nothing is saved. Each document becomes a new map (version 1, change
            `imported`) linked to the persona with the same name, or to one created from the embedded persona. A touchpoint's
            survey is linked by the survey's public key (from `surveys`), else by id when it exists here; otherwise the link
            is left out and a warning says so. 201 with `imported`: [{index, id, name, personaId, personaCreated, warnings}].""")
    ResponseEntity<JourneyMapImport> importMaps(@RequestBody JsonNode body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(maps.importDocuments(body));
    }

    @GetMapping("/compare")
    @Operation(summary = "Compare two journey maps side by side", description = """
            `left` and `right`: map ids (required; typically a current-state and a future-state map, or the same map);
            `leftVersion`, `rightVersion`: versions (default: the latest). Stages are aligned by id, then by name (any case,
            either yeh/kaf, spacing). Per row: `alignment` (id, name, left_only, right_only), `renamed`, `changed`, the text
            `lanes` that differ with their `added` (right only) and `removed` (left only) items, `emotion` {left, right,
            delta}, `touchpointsAdded` and `touchpointsRemoved`. `totals`: aligned, changed and one-sided stage counts,
            `painPointsResolved` (pain points of the left map found nowhere on the right), `painPointsAdded`,
            `opportunitiesAdded`, average emotions and their delta, the sum of emotion deltas of aligned stages, and the
            lists behind the counts.""")
    JourneyComparison compare(@RequestParam(required = false) Long left, @RequestParam(required = false) Long right,
                              @RequestParam(required = false) Integer leftVersion, @RequestParam(required = false) Integer rightVersion) {
        List<FieldProblem> problems = new ArrayList<>();
        if (left == null) {
            problems.add(new FieldProblem("left", "is required: the id of a journey map"));
        }
        if (right == null) {
            problems.add(new FieldProblem("right", "is required: the id of a journey map"));
        }
        if (leftVersion != null && leftVersion < 1) {
            problems.add(new FieldProblem("leftVersion", "must be a version number (1, 2, ...)"));
        }
        if (rightVersion != null && rightVersion < 1) {
            problems.add(new FieldProblem("rightVersion", "must be a version number (1, 2, ...)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return maps.compare(left, leftVersion, right, rightVersion);
    }

    @GetMapping("/lanes")
    @Operation(summary = "The lanes of each map type, top to bottom", description = """
            Per type: each lane's `key` (its property in a stage), `kind` (text_list, emotion, touchpoints), `section`
            (customer, frontstage, backstage, support, insights) and `lineAfter`: the blueprint line drawn below it
            (line_of_interaction, line_of_visibility, line_of_internal_interaction) or null.""")
    Map<String, List<JourneyLane>> lanes() {
        Map<String, List<JourneyLane>> lanes = new LinkedHashMap<>();
        for (JourneyMapType type : JourneyMapType.values()) {
            lanes.put(type.key(), JourneyLanes.forType(type));
        }
        return lanes;
    }
}
