package org.hamsafar.journeys.personas;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.Page;
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

@RestController
@RequestMapping("/api/v1/personas")
@Tag(name = "Personas", description = "The archetypal customers journey maps are designed for")
class PersonaController {
    private static final String BODY = """
            Body: `name` (required, 1-120 characters), `photo` {`initials` (1-4 characters), `color` (one of the palette:
            #B3261E #C2410C #A16207 #15803D #0F766E #0369A1 #1D4ED8 #6D28D9 #A21CAF #BE185D #475569 #7C2D12)}, derived from
            the name when absent; `demographics` {`ageRange` ("25-34" or "65+"), `gender`, `occupation`, `education`, `income`,
            `location`: texts of at most 120 characters}; `psychographics` {`goals`, `needs`, `frustrations`, `values`,
            `interests`: lists of at most 50 texts of at most 500 characters; `preferredChannels`: channel keys web, app, email,
            sms, phone, chat, social, store, other}; `quote` (at most 1000 characters); `segment` (a customer tag key, optional).
            Arabic yeh and kaf are stored as Persian letters. Server-set fields (`id`, `createdAt`, ...) may be sent back and
            are ignored. Audited.""";
    private final Personas personas;

    PersonaController(Personas personas) {
        this.personas = personas;
    }

    /** A persona as the API shows it: with the journey maps that link to it (only on single reads). */
    record PersonaView(long id, String name, PersonaPhoto photo, Demographics demographics, Psychographics psychographics,
                       String quote, String segment, List<PersonaLinks.LinkedMap> journeyMaps, Instant createdAt,
                       String createdBy, Instant updatedAt, String updatedBy) {
        static PersonaView of(Persona p, List<PersonaLinks.LinkedMap> maps) {
            return new PersonaView(p.id(), p.name(), p.photo(), p.demographics(), p.psychographics(), p.quote(), p.segment(), maps,
                    p.createdAt(), p.createdBy(), p.updatedAt(), p.updatedBy());
        }
    }

    @PostMapping
    @Operation(summary = "Create a persona", description = BODY + " 201 with the persona and its Location.")
    ResponseEntity<PersonaView> create(@RequestBody JsonNode body) {
        Persona persona = personas.create(personas.read(body, ""));
        return ResponseEntity.created(URI.create("/api/v1/personas/" + persona.id())).body(PersonaView.of(persona, List.of()));
    }

    @GetMapping
    @Operation(summary = "List personas, newest first", description = """
            Optional `q` (part of the name, any case and either yeh/kaf) and `segment` (a customer tag key); paged by `limit`
            (1-200, default 50) and `cursor`. Items carry `journeyMaps: null` (read one persona for its maps).""")
    Page<PersonaView> list(@RequestParam(required = false) String q, @RequestParam(required = false) String segment,
                           @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        Page<Persona> page = personas.list(q, segment, cursor, Cursors.limit(limit, 50, 200));
        return new Page<>(page.items().stream().map(p -> PersonaView.of(p, null)).toList(), page.nextCursor());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One persona", description = "With `journeyMaps`: the maps whose latest version links to it.")
    PersonaView get(@PathVariable long id) {
        return PersonaView.of(personas.get(id), personas.linkedMaps(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a persona", description = BODY + " 404 for an unknown id.")
    PersonaView replace(@PathVariable long id, @RequestBody JsonNode body) {
        return PersonaView.of(personas.replace(id, personas.read(body, "")), personas.linkedMaps(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a persona", description = """
            409 (naming them) while journey maps link to it, unless `force=true`, which unlinks it from those maps first (a new
            version of each, without persona). 204 when deleted, 404 for an unknown id. Audited.""")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean force) {
        personas.delete(id, force);
        return ResponseEntity.noContent().build();
    }
}
