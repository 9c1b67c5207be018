package org.hamsafar.journeys.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.personas.Persona;
import org.hamsafar.journeys.personas.PersonaInUseException;
import org.hamsafar.journeys.personas.PersonaPhoto;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The persona pages: cards of all personas (searched by name, filtered by segment), a persona's
 * page with the maps designed for it, the form to create or change one, and deleting one, which
 * names the maps that still link to it and offers to remove it from them first.
 */
@Controller
class PersonaPagesController {
    static final int PAGE = 48;
    private final Personas personas;
    private final JourneyMaps maps;
    private final ProblemMessages messages;
    private final ActorLabels actors;

    PersonaPagesController(Personas personas, JourneyMaps maps, ProblemMessages messages, ActorLabels actors) {
        this.personas = personas;
        this.maps = maps;
        this.messages = messages;
        this.actors = actors;
    }

    /** The filters as used; {@code dropped}: a value could not be used and was left out. */
    record Filters(String q, String segment, boolean dropped) {
    }

    @GetMapping("/journeys/personas")
    ModelAndView list(@RequestParam(required = false) String q, @RequestParam(required = false) String segment,
                      @RequestParam(required = false) String cursor, Authentication user) {
        boolean dropped = false;
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > 200) {
            query = null;
            dropped = true;
        }
        String tag = segment == null || segment.isBlank() ? null : segment.strip();
        if (tag != null && !Keys.isKey(tag)) {
            tag = null;
            dropped = true;
        }
        Page<Persona> found;
        try {
            found = personas.list(query, tag, cursor == null || cursor.isBlank() ? null : cursor, PAGE);
        } catch (InvalidInputException badCursor) {
            found = personas.list(query, tag, null, PAGE);
        }
        ModelAndView view = new ModelAndView("journeys/persona-list");
        view.addObject("personas", found.items());
        view.addObject("moreUrl", found.nextCursor() == null ? null : UriComponentsBuilder.fromPath("/journeys/personas")
                .queryParamIfPresent("q", Optional.ofNullable(query)).queryParamIfPresent("segment", Optional.ofNullable(tag))
                .queryParam("cursor", found.nextCursor()).encode().build().toUriString());
        view.addObject("f", new Filters(query, tag, dropped));
        view.addObject("canEdit", MapPageRoles.canEdit(user));
        return view;
    }

    @GetMapping("/journeys/personas/{id:\\d+}")
    ModelAndView show(@PathVariable long id, Authentication user) {
        return detail(personas.get(id), user);
    }

    @GetMapping("/journeys/personas/new")
    ModelAndView newPersona(Authentication user) {
        MapPageRoles.requireEditor(user);
        return form(null, PersonaForm.empty(), Map.of());
    }

    @GetMapping("/journeys/personas/{id:\\d+}/edit")
    ModelAndView edit(@PathVariable long id, Authentication user) {
        MapPageRoles.requireEditor(user);
        Persona persona = personas.get(id);
        return form(persona, PersonaForm.of(persona), Map.of());
    }

    @PostMapping("/journeys/personas")
    ModelAndView create(@RequestParam MultiValueMap<String, String> values, Authentication user, RedirectAttributes redirect) {
        MapPageRoles.requireEditor(user);
        PersonaForm form = PersonaForm.of(values);
        try {
            Persona created = personas.create(form.toDraft());
            redirect.addFlashAttribute("saved", true);
            return new ModelAndView("redirect:/journeys/personas/" + created.id());
        } catch (InvalidInputException e) {
            ModelAndView view = form(null, form, form.problems(e.errors(), messages));
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
    }

    @PostMapping("/journeys/personas/{id:\\d+}")
    ModelAndView replace(@PathVariable long id, @RequestParam MultiValueMap<String, String> values, Authentication user,
                         RedirectAttributes redirect) {
        MapPageRoles.requireEditor(user);
        Persona persona = personas.get(id);
        PersonaForm form = PersonaForm.of(values);
        try {
            personas.replace(id, form.toDraft());
            redirect.addFlashAttribute("saved", true);
            return new ModelAndView("redirect:/journeys/personas/" + id);
        } catch (InvalidInputException e) {
            ModelAndView view = form(persona, form, form.problems(e.errors(), messages));
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
    }

    /** Deletes the persona; while maps link to it, the page names them (409) unless {@code force} removes it from them first. */
    @PostMapping("/journeys/personas/{id:\\d+}/delete")
    ModelAndView delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean force, Authentication user,
                        RedirectAttributes redirect) {
        MapPageRoles.requireEditor(user);
        Persona persona = personas.get(id);
        try {
            personas.delete(id, force);
            redirect.addFlashAttribute("deletedPersona", persona.name());
            return new ModelAndView("redirect:/journeys/personas");
        } catch (PersonaInUseException e) {
            ModelAndView view = detail(persona, user);
            view.setStatus(HttpStatus.CONFLICT);
            view.addObject("inUse", e.maps());
            return view;
        }
    }

    private ModelAndView detail(Persona persona, Authentication user) {
        ModelAndView view = new ModelAndView("journeys/persona-detail");
        view.addObject("persona", persona);
        view.addObject("linkedMaps", maps.list(null, persona.id(), null, null, 200).items());
        view.addObject("canEdit", MapPageRoles.canEdit(user));
        ActorLabels.Labeller labels = actors.labeller();
        view.addObject("updatedBy", labels.of(persona.updatedBy()));
        view.addObject("inUse", List.of());
        return view;
    }

    private ModelAndView form(Persona persona, PersonaForm form, Map<String, List<String>> problems) {
        ModelAndView view = new ModelAndView("journeys/persona-form");
        view.addObject("persona", persona);
        view.addObject("form", form);
        view.addObject("problems", problems);
        view.addObject("palette", personas.palette());
        view.addObject("derived", PersonaPhoto.derivedFrom(form.name()));
        view.addObject("channels", MapPageModels.CHANNELS);
        return view;
    }
}
