package org.hamsafar.journeys.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the editor answers a change. With htmx (header {@code HX-Request}) a success is the part
 * of the page that changed, with the event {@code journeyMapSaved} carrying the new version (the
 * page's script sends it as the next change's {@code baseVersion}); a refusal is a message in the
 * page's alert area (status 409 or 422, swapped by the script). Without script a success redirects
 * to the editor (post/redirect/get) and a refusal shows the editor again with the message.
 */
@Component
class EditorReplies {
    static final String SAVED_EVENT = "journeyMapSaved";
    private final MapPageModels models;
    private final JourneyMaps maps;

    EditorReplies(MapPageModels models, JourneyMaps maps) {
        this.models = models;
        this.maps = maps;
    }

    static boolean htmx(String header) {
        return "true".equals(header);
    }

    /** Tells the page which version it now shows. */
    static void announce(HttpServletResponse response, JourneyMap saved) {
        response.setHeader("HX-Trigger", "{\"" + SAVED_EVENT + "\":{\"version\":" + saved.version() + "}}");
    }

    /** After a change saved without script: back to the editor, at the stage changed. */
    static ModelAndView redirect(long mapId, String anchor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", true);
        return new ModelAndView("redirect:/journeys/" + mapId + (anchor == null ? "" : "#" + anchor));
    }

    /** A refused change: a message in the alert area with htmx, else the editor page with the message. */
    ModelAndView refused(long mapId, Authentication user, boolean htmx, HttpServletResponse response, HttpStatus status,
                         List<String> problems, Conflict conflict) {
        if (htmx) {
            return alert(response, mapId, status, problems, conflict);
        }
        return page(maps.get(mapId), user, status, problems, conflict, null);
    }

    /** A refused change as a message in the alert area (htmx). */
    ModelAndView alert(HttpServletResponse response, long mapId, HttpStatus status, List<String> problems, Conflict conflict) {
        response.setHeader("HX-Retarget", "#mapAlerts");
        response.setHeader("HX-Reswap", "innerHTML");
        ModelAndView view = new ModelAndView("journeys/map-grid :: alerts");
        view.setStatus(status);
        view.addObject("mapId", mapId);
        view.addObject("alertProblems", problems);
        view.addObject("alertConflict", conflict);
        return view;
    }

    /** A refused change shown on the whole editor page (without script), with the cell's form when one was being edited. */
    ModelAndView page(JourneyMap latest, Authentication user, HttpStatus status, List<String> problems, Conflict conflict, CellEdit edit) {
        ModelAndView view = models.editor(latest, user);
        view.setStatus(status);
        view.addObject("alertProblems", problems);
        view.addObject("alertConflict", conflict);
        view.addObject("edit", edit);
        return view;
    }
}
