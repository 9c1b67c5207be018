package org.hamsafar.journeys.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.maps.JourneyStage;
import org.hamsafar.journeys.maps.StaleVersionException;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Cells of the editor's grid, edited in place: a text lane as one item per line, a stage's
 * touchpoints as rows, the designed emotion as a choice from -2 to +2. Every save sends the
 * {@code baseVersion} the page shows and makes a new version; when someone saved meanwhile the
 * cell's form stays with what was typed and says who saved which version when (409); a value
 * that breaks a rule is named next to its line or row (422).
 */
@Controller
class MapCellController {
    static final String EMOTION = "emotion";
    static final String TOUCHPOINTS = "touchpoints";

    private final JourneyMaps maps;
    private final MapPageModels models;
    private final EditorReplies replies;
    private final ProblemMessages messages;

    MapCellController(JourneyMaps maps, MapPageModels models, EditorReplies replies, ProblemMessages messages) {
        this.maps = maps;
        this.models = models;
        this.replies = replies;
        this.messages = messages;
    }

    /** The cell as shown (after Cancel). */
    @GetMapping("/journeys/{id:\\d+}/cells/{stageId}/{lane}")
    ModelAndView cell(@PathVariable long id, @PathVariable String stageId, @PathVariable String lane, Authentication user,
                      @RequestHeader(value = "HX-Request", required = false) String hx) {
        if (!EditorReplies.htmx(hx)) {
            return new ModelAndView("redirect:/journeys/" + id);
        }
        JourneyMap map = maps.get(id);
        return cellView(models.grid(map, user), stage(map, stageId), lane, null);
    }

    /** The cell's form; without script, the editor page with the form in the cell. */
    @GetMapping("/journeys/{id:\\d+}/cells/{stageId}/{lane}/edit")
    ModelAndView edit(@PathVariable long id, @PathVariable String stageId, @PathVariable String lane, Authentication user,
                      @RequestHeader(value = "HX-Request", required = false) String hx) {
        MapPageRoles.requireEditor(user);
        JourneyMap map = maps.get(id);
        JourneyStage stage = stage(map, stageId);
        MapGrid grid = models.grid(map, user);
        MapGrid.LaneRow row = grid.lane(lane).filter(l -> !l.isEmotion()).orElseThrow(() -> new NotFoundException("Lane " + lane));
        CellEdit edit = row.isTouchpoints() ? touchpointEdit(stage) : new CellEdit(stage.id(), stage.name(), lane,
                String.join("\n", stage.textLane(lane)), List.of(), List.of(), null);
        if (!EditorReplies.htmx(hx)) {
            ModelAndView page = models.editor(map, user);
            page.addObject("edit", edit);
            return page;
        }
        return cellView(grid, stage, lane, edit);
    }

    @PostMapping("/journeys/{id:\\d+}/cells/{stageId}/{lane}")
    ModelAndView save(@PathVariable long id, @PathVariable String stageId, @PathVariable String lane,
                      @RequestParam MultiValueMap<String, String> form, Authentication user,
                      @RequestHeader(value = "HX-Request", required = false) String hx, HttpServletResponse response,
                      RedirectAttributes redirect) {
        MapPageRoles.requireEditor(user);
        boolean htmx = EditorReplies.htmx(hx);
        JourneyMap before = maps.get(id);
        JourneyStage stage = stage(before, stageId);
        MapGrid.LaneRow row = models.grid(before, user).lane(lane).orElseThrow(() -> new NotFoundException("Lane " + lane));
        if (row.isEmotion()) {
            return saveEmotion(before, stage, form, user, htmx, response, redirect);
        }
        if (row.isTouchpoints()) {
            return saveTouchpoints(before, stage, form, user, htmx, response, redirect);
        }
        String text = first(form, "items");
        CellForms.TextItems items = CellForms.items(text);
        try {
            JourneyMap saved = maps.updateCell(id, baseVersion(form), stageId, lane, items.items());
            return success(saved, stage, lane, user, htmx, response, redirect);
        } catch (StaleVersionException e) {
            Conflict conflict = models.conflict(e);
            return failure(id, stage, lane, new CellEdit(stageId, stage.name(), lane, text, List.of(), List.of(), conflict), user, htmx,
                    HttpStatus.CONFLICT);
        } catch (InvalidInputException e) {
            Map<Integer, List<FieldProblem>> perItem = new LinkedHashMap<>();
            List<FieldProblem> general = CellForms.split(e.errors(), lane, perItem);
            List<String> shown = new ArrayList<>(messages.texts(general));
            perItem.forEach((index, problems) -> problems.forEach(p -> shown.add(messages.message("journeys.map.cell.line",
                    ProblemMessages.digits(index < items.lines().size() ? items.lines().get(index) : index + 1), messages.text(p)))));
            return failure(id, stage, lane, new CellEdit(stageId, stage.name(), lane, text, List.of(), shown, null), user, htmx,
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private ModelAndView saveTouchpoints(JourneyMap before, JourneyStage stage, MultiValueMap<String, String> form, Authentication user,
                                         boolean htmx, HttpServletResponse response, RedirectAttributes redirect) {
        CellForms.Rows rows = CellForms.rows(form);
        if ("addRow".equals(first(form, "action"))) {
            List<CellEdit.TouchpointRow> more = new ArrayList<>(rows.typed());
            more.add(CellEdit.TouchpointRow.blank());
            CellEdit edit = new CellEdit(stage.id(), stage.name(), TOUCHPOINTS, null, more, List.of(), null);
            if (!htmx) {
                ModelAndView page = models.editor(before, user);
                page.addObject("edit", edit);
                return page;
            }
            return cellView(models.grid(before, user), stage, TOUCHPOINTS, edit);
        }
        try {
            if (!rows.own().isEmpty()) {
                throw new InvalidInputException(List.of());
            }
            JourneyMap saved = maps.updateTouchpoints(before.id(), baseVersion(form), stage.id(), rows.touchpoints());
            return success(saved, stage, TOUCHPOINTS, user, htmx, response, redirect);
        } catch (StaleVersionException e) {
            CellEdit edit = new CellEdit(stage.id(), stage.name(), TOUCHPOINTS, null, withBlank(rows.typed()), List.of(), models.conflict(e));
            return failure(before.id(), stage, TOUCHPOINTS, edit, user, htmx, HttpStatus.CONFLICT);
        } catch (InvalidInputException e) {
            Map<Integer, List<FieldProblem>> perRow = new LinkedHashMap<>(rows.own());
            List<FieldProblem> general = CellForms.split(e.errors(), TOUCHPOINTS, perRow);
            List<CellEdit.TouchpointRow> typed = new ArrayList<>();
            for (int i = 0; i < rows.typed().size(); i++) {
                List<String> own = perRow.getOrDefault(i, List.of()).stream().map(messages::text).toList();
                typed.add(rows.typed().get(i).withProblems(own));
            }
            CellEdit edit = new CellEdit(stage.id(), stage.name(), TOUCHPOINTS, null, withBlank(typed), messages.texts(general), null);
            return failure(before.id(), stage, TOUCHPOINTS, edit, user, htmx, HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private ModelAndView saveEmotion(JourneyMap before, JourneyStage stage, MultiValueMap<String, String> form, Authentication user,
                                     boolean htmx, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            JourneyMap saved = maps.updateEmotion(before.id(), baseVersion(form), stage.id(), emotion(first(form, EMOTION)));
            if (!htmx) {
                return EditorReplies.redirect(saved.id(), "stage-" + stage.id(), redirect);
            }
            EditorReplies.announce(response, saved);
            MapGrid grid = models.grid(saved, user);
            ModelAndView view = new ModelAndView("journeys/map-grid :: emotionGroup");
            view.addObject("grid", grid);
            view.addObject("group", grid.emotionGroup());
            view.addObject("edit", null);
            return view;
        } catch (StaleVersionException e) {
            return replies.refused(before.id(), user, htmx, response, HttpStatus.CONFLICT, List.of(), models.conflict(e));
        } catch (InvalidInputException e) {
            return replies.refused(before.id(), user, htmx, response, HttpStatus.UNPROCESSABLE_CONTENT, messages.texts(e.errors()), null);
        }
    }


    private ModelAndView success(JourneyMap saved, JourneyStage before, String lane, Authentication user, boolean htmx,
                                 HttpServletResponse response, RedirectAttributes redirect) {
        if (!htmx) {
            return EditorReplies.redirect(saved.id(), "stage-" + before.id(), redirect);
        }
        EditorReplies.announce(response, saved);
        return cellView(models.grid(saved, user), stage(saved, before.id()), lane, null);
    }

    /** The cell's form again with what went wrong; the latest version's cell is the one replaced. */
    private ModelAndView failure(long id, JourneyStage stage, String lane, CellEdit edit, Authentication user, boolean htmx,
                                 HttpStatus status) {
        JourneyMap latest = maps.get(id);
        if (!htmx) {
            return replies.page(latest, user, status, List.of(), null, edit);
        }
        MapGrid grid = models.grid(latest, user);
        JourneyStage shown = latest.stage(stage.id()).orElse(stage);
        ModelAndView view = cellView(grid, shown, lane, edit);
        view.setStatus(status);
        return view;
    }

    private ModelAndView cellView(MapGrid grid, JourneyStage stage, String lane, CellEdit edit) {
        MapGrid.LaneRow row = grid.lane(lane).orElseThrow(() -> new NotFoundException("Lane " + lane));
        ModelAndView view = new ModelAndView("journeys/map-grid :: cell");
        view.addObject("grid", grid);
        view.addObject("stage", stage);
        view.addObject("lane", row);
        view.addObject("edit", edit);
        if (edit != null && row.isTouchpoints()) {
            view.addObject("channels", MapPageModels.CHANNELS);
            view.addObject("surveyOptions", models.surveyOptions());
        }
        return view;
    }

    private static CellEdit touchpointEdit(JourneyStage stage) {
        List<CellEdit.TouchpointRow> rows = new ArrayList<>();
        stage.touchpoints().forEach(t -> rows.add(new CellEdit.TouchpointRow(t.channel(), nullToEmpty(t.type()), nullToEmpty(t.touchpoint()),
                t.surveyId() == null ? "" : Long.toString(t.surveyId()), nullToEmpty(t.label()), List.of())));
        return new CellEdit(stage.id(), stage.name(), TOUCHPOINTS, null, withBlank(rows), List.of(), null);
    }

    /** The rows with one empty row at the end, to add a touchpoint. */
    private static List<CellEdit.TouchpointRow> withBlank(List<CellEdit.TouchpointRow> rows) {
        List<CellEdit.TouchpointRow> out = new ArrayList<>(rows);
        out.add(CellEdit.TouchpointRow.blank());
        return out;
    }

    static JourneyStage stage(JourneyMap map, String stageId) {
        return map.stage(stageId).orElseThrow(() -> new NotFoundException("Stage " + stageId + " of journey map " + map.id()));
    }

    /** The version the page was shown at; without it nothing could be checked, so the change is refused. */
    static int baseVersion(MultiValueMap<String, String> form) {
        String value = Digits.latin(first(form, "baseVersion").strip());
        if (!value.matches("\\d{1,9}")) {
            throw InvalidInputException.of("baseVersion", "is required: the version the page shows; reload the page");
        }
        return Integer.parseInt(value);
    }

    /** An emotion choice: empty for none, or a whole number from -2 to +2 (Persian digits and a plus sign accepted). */
    static Integer emotion(String value) {
        String text = Digits.latin(value == null ? "" : value.strip()).replace("\u2212", "-");
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[+-]?\\d{1,2}")) {
            throw InvalidInputException.of("emotion", "must be a whole number from -2 (very negative) to +2 (very positive), or null");
        }
        return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
    }

    static String first(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
