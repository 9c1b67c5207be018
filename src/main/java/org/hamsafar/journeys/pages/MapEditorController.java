package org.hamsafar.journeys.pages;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMapDraft;
import org.hamsafar.journeys.maps.JourneyMapExport;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.maps.StaleVersionException;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journey map editor page (any version: an older one is read-only and can be restored as the
 * newest), its printable view, its export file, and the changes made with whole forms: the map's
 * details (name, type, persona, goal, scope), restoring a version, deleting the map.
 */
@Controller
class MapEditorController {
    private static final java.util.Set<String> MAP_FIELDS = java.util.Set.of("name", "type", "personaId", "goal", "scope");
    private final JourneyMaps maps;
    private final Personas personas;
    private final MapPageModels models;
    private final EditorReplies replies;
    private final ProblemMessages messages;
    private final JsonMapper json;

    MapEditorController(JourneyMaps maps, Personas personas, MapPageModels models, EditorReplies replies, ProblemMessages messages,
                        JsonMapper json) {
        this.maps = maps;
        this.personas = personas;
        this.models = models;
        this.replies = replies;
        this.messages = messages;
        this.json = json;
    }

    /** The editor; {@code version}: an older version to read. */
    @GetMapping("/journeys/{id:\\d+}")
    ModelAndView editor(@PathVariable long id, @RequestParam(required = false) String version, Authentication user) {
        return models.editor(load(id, version), user);
    }

    @GetMapping("/journeys/{id:\\d+}/print")
    ModelAndView print(@PathVariable long id, @RequestParam(required = false) String version) {
        return models.print(load(id, version));
    }

    /** The export document as a file to download (the same document as the API's export). */
    @GetMapping("/journeys/{id:\\d+}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String version) {
        JourneyMap map = load(id, version);
        JourneyMapExport export = maps.export(id, map.version());
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsString(export.document()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** Saves the map's name, type, persona, goal and scope as a new version. */
    @PostMapping("/journeys/{id:\\d+}/details")
    ModelAndView details(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Authentication user,
                         RedirectAttributes redirect) {
        MapPageRoles.requireEditor(user);
        JourneyMap latest = maps.get(id);
        try {
            int base = MapCellController.baseVersion(form);
            JourneyMapType type = JourneyMapType.fromKey(MapCellController.first(form, "type")).orElseThrow(() ->
                    InvalidInputException.of("type", "is required: one of current_state, future_state, day_in_the_life, service_blueprint"));
            JourneyMapDraft draft = new JourneyMapDraft(MapCellController.first(form, "name"), type,
                    personaId(MapCellController.first(form, "personaId")), MapCellController.first(form, "goal"),
                    MapCellController.first(form, "scope"), latest.stages());
            maps.replace(id, draft, base, null);
            return EditorReplies.redirect(id, null, redirect);
        } catch (StaleVersionException e) {
            return detailsRefused(latest, user, HttpStatus.CONFLICT, List.of(), models.conflict(e), form);
        } catch (InvalidInputException e) {
            return detailsRefused(latest, user, HttpStatus.UNPROCESSABLE_CONTENT, labelled(e.errors()), null, form);
        }
    }

    /** Saves an older version's content as the newest version. */
    @PostMapping("/journeys/{id:\\d+}/versions/{version:\\d+}/restore")
    ModelAndView restore(@PathVariable long id, @PathVariable int version, @RequestParam MultiValueMap<String, String> form,
                         Authentication user, RedirectAttributes redirect) {
        MapPageRoles.requireEditor(user);
        JourneyMap old = maps.version(id, version);
        JourneyMapDraft draft = old.toDraft();
        if (draft.personaId() != null && !personas.exists(draft.personaId())) {
            // The persona was deleted since: restore the rest without it rather than refuse.
            draft = draft.withPersona(null);
        }
        try {
            maps.replace(id, draft, MapCellController.baseVersion(form), messages.message("journeys.map.versions.restoredNote",
                    ProblemMessages.digits(version)));
            return EditorReplies.redirect(id, null, redirect);
        } catch (StaleVersionException e) {
            return replies.page(maps.get(id), user, HttpStatus.CONFLICT, List.of(), models.conflict(e), null);
        } catch (InvalidInputException e) {
            return replies.page(maps.get(id), user, HttpStatus.UNPROCESSABLE_CONTENT, messages.texts(e.errors()), null, null);
        }
    }

    @PostMapping("/journeys/{id:\\d+}/delete")
    String delete(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        MapPageRoles.requireEditor(user);
        String name = maps.get(id).name();
        maps.delete(id);
        redirect.addFlashAttribute("deletedMap", name);
        return "redirect:/journeys";
    }

    private ModelAndView detailsRefused(JourneyMap latest, Authentication user, HttpStatus status, List<String> problems, Conflict conflict,
                                        MultiValueMap<String, String> form) {
        ModelAndView view = replies.page(latest, user, status, problems, conflict, null);
        view.addObject("detailsForm", form.toSingleValueMap());
        return view;
    }

    /**
     * The messages of a refused details form; problems on the map's own fields start with the
     * field's label. Blueprint lanes that still hold items when the type changes are named by lane.
     */
    private List<String> labelled(List<FieldProblem> problems) {
        return problems.stream().map(p -> MAP_FIELDS.contains(p.field())
                ? messages.message("journeys.map.field." + p.field()) + ": " + messages.text(p) : messages.text(p)).toList();
    }

    private JourneyMap load(long id, String version) {
        if (version != null && !version.isBlank()) {
            String latin = Digits.latin(version.strip());
            if (latin.matches("\\d{1,9}")) {
                return maps.version(id, Integer.parseInt(latin));
            }
        }
        return maps.get(id);
    }

    static Long personaId(String value) {
        String latin = Digits.latin(value == null ? "" : value.strip());
        if (latin.isEmpty()) {
            return null;
        }
        if (!latin.matches("\\d{1,18}")) {
            throw InvalidInputException.of("personaId", "must be the id of a persona");
        }
        return Long.parseLong(latin);
    }
}
