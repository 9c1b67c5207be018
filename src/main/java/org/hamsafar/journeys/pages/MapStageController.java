package org.hamsafar.journeys.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.maps.StageMove;
import org.hamsafar.journeys.maps.StaleVersionException;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's stage actions: add a stage (after a stage, or first), rename, move one place
 * earlier or later, delete. Each sends the page's {@code baseVersion} and saves a new version;
 * with htmx the whole grid comes back (stages shift), a refusal is a message above it.
 */
@Controller
class MapStageController {
    private final JourneyMaps maps;
    private final MapPageModels models;
    private final EditorReplies replies;
    private final ProblemMessages messages;

    MapStageController(JourneyMaps maps, MapPageModels models, EditorReplies replies, ProblemMessages messages) {
        this.maps = maps;
        this.models = models;
        this.replies = replies;
        this.messages = messages;
    }

    /** Adds an empty stage named {@code name} after {@code afterStageId}, or first when it is empty. */
    @PostMapping("/journeys/{id:\\d+}/stages")
    ModelAndView add(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Authentication user,
                     @RequestHeader(value = "HX-Request", required = false) String hx, HttpServletResponse response,
                     RedirectAttributes redirect) {
        String after = MapCellController.first(form, "afterStageId").strip();
        String name = MapCellController.first(form, "name");
        return change(id, user, hx, response, redirect, () -> maps.addStage(id, MapCellController.baseVersion(form),
                after.isEmpty() ? null : after, null, name));
    }

    @PostMapping("/journeys/{id:\\d+}/stages/{stageId}/rename")
    ModelAndView rename(@PathVariable long id, @PathVariable String stageId, @RequestParam MultiValueMap<String, String> form,
                        Authentication user, @RequestHeader(value = "HX-Request", required = false) String hx,
                        HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, user, hx, response, redirect,
                () -> maps.renameStage(id, MapCellController.baseVersion(form), stageId, MapCellController.first(form, "name")));
    }

    /** {@code direction}: {@code earlier} (towards the start of the journey) or {@code later}. */
    @PostMapping("/journeys/{id:\\d+}/stages/{stageId}/move")
    ModelAndView move(@PathVariable long id, @PathVariable String stageId, @RequestParam MultiValueMap<String, String> form,
                      Authentication user, @RequestHeader(value = "HX-Request", required = false) String hx,
                      HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, user, hx, response, redirect, () -> {
            String direction = MapCellController.first(form, "direction");
            StageMove move = switch (direction) {
                case "earlier" -> StageMove.UP;
                case "later" -> StageMove.DOWN;
                default -> throw InvalidInputException.of("direction", "must be earlier or later");
            };
            return maps.moveStage(id, MapCellController.baseVersion(form), stageId, move);
        });
    }

    @PostMapping("/journeys/{id:\\d+}/stages/{stageId}/delete")
    ModelAndView delete(@PathVariable long id, @PathVariable String stageId, @RequestParam MultiValueMap<String, String> form,
                        Authentication user, @RequestHeader(value = "HX-Request", required = false) String hx,
                        HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, user, hx, response, redirect, () -> maps.deleteStage(id, MapCellController.baseVersion(form), stageId));
    }

    private ModelAndView change(long id, Authentication user, String hx, HttpServletResponse response, RedirectAttributes redirect,
                                Supplier<JourneyMap> change) {
        MapPageRoles.requireEditor(user);
        boolean htmx = EditorReplies.htmx(hx);
        try {
            JourneyMap saved = change.get();
            if (!htmx) {
                return EditorReplies.redirect(id, "mapGrid", redirect);
            }
            EditorReplies.announce(response, saved);
            ModelAndView view = new ModelAndView("journeys/map-grid :: grid");
            view.addObject("grid", models.grid(saved, user));
            view.addObject("edit", null);
            return view;
        } catch (StaleVersionException e) {
            return replies.refused(id, user, htmx, response, HttpStatus.CONFLICT, List.of(), models.conflict(e));
        } catch (InvalidInputException e) {
            return replies.refused(id, user, htmx, response, HttpStatus.UNPROCESSABLE_CONTENT, messages.texts(e.errors()), null);
        }
    }

}
