package org.hamsafar.journeys.pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMapDraft;
import org.hamsafar.journeys.maps.JourneyMapImport;
import org.hamsafar.journeys.maps.JourneyMapSummary;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.maps.JourneyStage;
import org.hamsafar.journeys.personas.Persona;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The list of journey maps ({@code /journeys}): filtered by type and persona, searched by name,
 * {@value #PAGE} at a time, newest first; with the forms to start a new map (starter stages for its
 * type, or a copy of another map's stages) and to import export files.
 */
@Controller
class MapListController {
    static final int PAGE = 50;
    /** Export files are small (a map of 30 full stages is well under 1 MB); larger uploads are refused. */
    static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

    private final JourneyMaps maps;
    private final Personas personas;
    private final ActorLabels actors;
    private final ProblemMessages messages;
    private final ProblemPlaces places;
    private final JsonMapper json;

    MapListController(JourneyMaps maps, Personas personas, ActorLabels actors, ProblemMessages messages, ProblemPlaces places,
                      JsonMapper json) {
        this.maps = maps;
        this.personas = personas;
        this.actors = actors;
        this.messages = messages;
        this.places = places;
        this.json = json;
    }

    /** The filters as used; {@code dropped}: a given value could not be used and was left out. */
    record Filters(String type, Long persona, String q, boolean dropped) {
        public boolean any() {
            return type != null || persona != null || q != null;
        }
    }

    /** A row of the list: the map and who saved it last, as shown. */
    record MapRow(JourneyMapSummary map, ActorLabels.Actor updatedBy) {
    }

    /** One imported map as the page reports it. */
    record ImportedLine(long id, String name, String personaName, boolean personaCreated, List<String> warnings) implements Serializable {
    }

    @GetMapping("/journeys")
    ModelAndView list(@RequestParam(required = false) String type, @RequestParam(required = false) String persona,
                      @RequestParam(required = false) String q, @RequestParam(required = false) String cursor, Authentication user) {
        return page(type, persona, q, cursor, user);
    }

    /** Creates a map with starter stages for its type, or with the stages of the map chosen in {@code startFrom}. */
    @PostMapping("/journeys")
    ModelAndView create(@RequestParam MultiValueMap<String, String> form, Authentication user) {
        MapPageRoles.requireEditor(user);
        Map<String, String> values = form.toSingleValueMap();
        try {
            JourneyMapType type = JourneyMapType.fromKey(values.getOrDefault("type", "")).orElseThrow(() ->
                    InvalidInputException.of("type", "is required: one of current_state, future_state, day_in_the_life, service_blueprint"));
            String startFrom = values.getOrDefault("startFrom", "").strip();
            List<JourneyStage> stages;
            if (startFrom.isEmpty() || "starter".equals(startFrom)) {
                stages = StarterStages.of(type, id -> messages.message("journeys.map.starter." + id));
            } else {
                String latin = Digits.latin(startFrom);
                if (!latin.matches("\\d{1,18}")) {
                    throw InvalidInputException.of("startFrom", "must be the id of a journey map");
                }
                JourneyMap source = maps.find(Long.parseLong(latin)).orElseThrow(() ->
                        InvalidInputException.of("startFrom", "must be the id of a journey map"));
                stages = StarterStages.copiedFor(source.stages(), type);
            }
            JourneyMap created = maps.create(new JourneyMapDraft(values.get("name"), type, MapEditorController.personaId(values.get("personaId")),
                    values.get("goal"), values.get("scope"), stages), null);
            return new ModelAndView("redirect:/journeys/" + created.id());
        } catch (InvalidInputException e) {
            ModelAndView view = page(null, null, null, null, user);
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            view.addObject("newMap", values);
            view.addObject("newMapProblems", byField(e.errors()));
            return view;
        }
    }

    /** Imports an export file (one document or a list of them): all maps or none. */
    @PostMapping("/journeys/import")
    ModelAndView importFile(@RequestParam(value = "file", required = false) MultipartFile file, Authentication user,
                            RedirectAttributes redirect) {
        MapPageRoles.requireEditor(user);
        List<String> problems = new ArrayList<>();
        try {
            JsonNode body = read(file, problems);
            if (body != null) {
                JourneyMapImport result = maps.importDocuments(body);
                redirect.addFlashAttribute("imported", lines(result));
                return new ModelAndView("redirect:/journeys");
            }
        } catch (InvalidInputException e) {
            e.errors().forEach(p -> problems.add(places.describe(p.field()) + ": " + messages.text(p)));
        }
        ModelAndView view = page(null, null, null, null, user);
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        view.addObject("importProblems", problems);
        view.addObject("importFileName", file == null ? null : file.getOriginalFilename());
        return view;
    }

    private JsonNode read(MultipartFile file, List<String> problems) {
        if (file == null || file.isEmpty()) {
            problems.add(messages.message("journeys.map.import.noFile"));
            return null;
        }
        if (file.getSize() > MAX_IMPORT_BYTES) {
            problems.add(messages.message("journeys.map.import.tooLarge", ProblemMessages.digits(MAX_IMPORT_BYTES / (1024 * 1024))));
            return null;
        }
        try {
            return json.readTree(file.getBytes());
        } catch (JacksonException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : messages.message("journeys.map.import.at", ProblemMessages.digits(e.getLocation().getLineNr()),
                    ProblemMessages.digits(e.getLocation().getColumnNr()));
            problems.add(messages.message("journeys.map.import.notJson", where));
            return null;
        } catch (IOException e) {
            problems.add(messages.message("journeys.map.import.unreadable"));
            return null;
        }
    }

    private List<ImportedLine> lines(JourneyMapImport result) {
        List<ImportedLine> lines = new ArrayList<>();
        for (JourneyMapImport.Imported item : result.imported()) {
            String personaName = item.personaId() == null ? null : personas.find(item.personaId()).map(Persona::name).orElse(null);
            List<String> warnings = item.warnings().stream().map(w -> places.describe(w.field()) + ": " + messages.text(w)).toList();
            lines.add(new ImportedLine(item.id(), item.name(), personaName, item.personaCreated(), warnings));
        }
        return lines;
    }

    private ModelAndView page(String type, String persona, String q, String cursor, Authentication user) {
        boolean dropped = false;
        JourneyMapType wantedType = null;
        if (type != null && !type.isBlank()) {
            wantedType = JourneyMapType.fromKey(type.strip()).orElse(null);
            dropped = wantedType == null;
        }
        Long personaId = null;
        if (persona != null && !persona.isBlank()) {
            String latin = Digits.latin(persona.strip());
            if (latin.matches("\\d{1,18}")) {
                personaId = Long.parseLong(latin);
            } else {
                dropped = true;
            }
        }
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > 200) {
            query = null;
            dropped = true;
        }
        Page<JourneyMapSummary> found;
        try {
            found = maps.list(wantedType, personaId, query, cursor == null || cursor.isBlank() ? null : cursor, PAGE);
        } catch (InvalidInputException badCursor) {
            found = maps.list(wantedType, personaId, query, null, PAGE);
        }
        ActorLabels.Labeller labels = actors.labeller();
        ModelAndView view = new ModelAndView("journeys/map-list");
        view.addObject("rows", found.items().stream().map(m -> new MapRow(m, labels.of(m.updatedBy()))).toList());
        view.addObject("moreUrl", found.nextCursor() == null ? null : org.springframework.web.util.UriComponentsBuilder.fromPath("/journeys")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(query))
                .queryParamIfPresent("type", java.util.Optional.ofNullable(wantedType).map(JourneyMapType::key))
                .queryParamIfPresent("persona", java.util.Optional.ofNullable(personaId))
                .queryParam("cursor", found.nextCursor()).encode().build().toUriString());
        view.addObject("f", new Filters(wantedType == null ? null : wantedType.key(), personaId, query, dropped));
        view.addObject("types", MapPageModels.TYPES);
        view.addObject("personaChoices", personas.list(null, null, null, 200).items());
        view.addObject("canEdit", MapPageRoles.canEdit(user));
        view.addObject("allMaps", MapPageRoles.canEdit(user) ? maps.list(null, null, null, null, 200).items() : List.of());
        view.addObject("newMap", Map.of());
        view.addObject("newMapProblems", Map.of());
        view.addObject("importProblems", List.of());
        return view;
    }

    /** Problems by form field (the map's own fields; the rest under "other"), in the page's language. */
    private Map<String, List<String>> byField(List<FieldProblem> problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String field = switch (p.field()) {
                case "name", "type", "personaId", "goal", "scope", "startFrom" -> p.field();
                default -> "other";
            };
            out.computeIfAbsent(field, k -> new ArrayList<>()).add(messages.text(p));
        }
        return out;
    }
}
