package org.hamsafar.journeys.personas;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Personas: created, replaced, found, listed and deleted, each change audited ({@code persona_created},
 * {@code persona_changed}, {@code persona_deleted}). The entry point for pages, journey maps and the
 * demo company; the REST API ({@code /api/v1/personas}) goes through it too.
 *
 * <p>Invalid drafts throw {@link InvalidInputException} naming every bad field (JSON paths such as
 * {@code psychographics.preferredChannels[1]}); an unknown id throws {@link NotFoundException}.
 */
@Service
public class Personas {
    private final PersonaRepository personas;
    private final PersonaLinks links;
    private final WriteTransactions writes;
    private final AuditLog auditLog;
    private final Clock clock;

    Personas(PersonaRepository personas, PersonaLinks links, WriteTransactions writes, AuditLog auditLog, Clock clock) {
        this.personas = personas;
        this.links = links;
        this.writes = writes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The colours a persona's photo placeholder may have ({@code #rrggbb}). */
    public List<String> palette() {
        return PersonaPhoto.PALETTE;
    }

    /**
     * Reads a persona from its JSON (the API's shape) and checks it, giving the form it would be
     * stored in; throws naming every problem of shape and value, with paths under {@code parent}
     * (empty at the top of a body, {@code persona} inside a document). Server-set fields
     * ({@code id}, {@code createdAt}, ...) are ignored.
     */
    public PersonaDraft read(JsonNode json, String parent) {
        PersonaReader.Read read = PersonaReader.read(json, parent, true);
        List<FieldProblem> problems = new ArrayList<>();
        PersonaDraft valid = read.draft() == null ? null : PersonaRules.check(read.draft(), parent, problems);
        List<FieldProblem> all = JourneyInput.merge(read.problems(), problems);
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return valid;
    }

    /** Checks a draft and gives the form it would be stored in; problems are named under {@code parent}. */
    public PersonaDraft check(PersonaDraft draft, String parent) {
        return PersonaRules.check(draft, parent);
    }

    public Persona create(PersonaDraft draft) {
        PersonaDraft valid = PersonaRules.check(draft, "");
        String actor = Actors.current();
        return writes.run(() -> insert(valid, actor));
    }

    /**
     * The persona whose name matches the draft's ({@link PersianLetters#key}: regardless of case,
     * Arabic or Persian yeh and kaf, spacing), or a new one made from the draft. Joins the caller's
     * write transaction when there is one.
     */
    public Resolved findOrCreate(PersonaDraft draft) {
        PersonaDraft valid = PersonaRules.check(draft, "");
        String actor = Actors.current();
        return writes.run(() -> personas.findByNameKey(PersianLetters.key(valid.name()))
                .map(existing -> new Resolved(existing, false))
                .orElseGet(() -> new Resolved(insert(valid, actor), true)));
    }

    /** A persona found or created by {@link #findOrCreate}. */
    public record Resolved(Persona persona, boolean created) {
    }

    /** Replaces everything but the id and the creation; 404 for an unknown id. */
    public Persona replace(long id, PersonaDraft draft) {
        PersonaDraft valid = PersonaRules.check(draft, "");
        String actor = Actors.current();
        return writes.run(() -> {
            if (!personas.exists(id)) {
                throw notFound(id);
            }
            personas.update(id, valid, clock.instant(), actor);
            auditLog.record("persona_changed", "persona:" + id, "name=" + valid.name());
            return personas.find(id).orElseThrow();
        });
    }

    /**
     * Deletes a persona. While journey maps link to it: {@link PersonaInUseException} naming them,
     * unless {@code force}, which first unlinks it from them (a new version of each map).
     */
    public void delete(long id, boolean force) {
        writes.run(() -> {
            Persona persona = personas.find(id).orElseThrow(() -> notFound(id));
            List<PersonaLinks.LinkedMap> linked = links.mapsLinkedTo(id);
            if (!linked.isEmpty() && !force) {
                throw new PersonaInUseException(id, linked);
            }
            if (!linked.isEmpty()) {
                links.unlink(id);
            }
            personas.delete(id);
            auditLog.record("persona_deleted", "persona:" + id, "name=" + persona.name()
                    + (linked.isEmpty() ? "" : " unlinked maps=" + linked.stream().map(m -> Long.toString(m.id())).toList()));
        });
    }

    public Optional<Persona> find(long id) {
        return personas.find(id);
    }

    public Persona get(long id) {
        return personas.find(id).orElseThrow(() -> notFound(id));
    }

    public boolean exists(long id) {
        return personas.exists(id);
    }

    /** The persona named {@code name} (regardless of case, yeh and kaf variants, spacing) with the lowest id. */
    public Optional<Persona> findByName(String name) {
        return personas.findByNameKey(PersianLetters.key(name));
    }

    /** Names and photos of the personas among {@code ids} that exist, by id. */
    public Map<Long, PersonaSummary> summaries(List<Long> ids) {
        return personas.summaries(ids.stream().distinct().toList());
    }

    /** The journey maps whose latest version links to the persona. */
    public List<PersonaLinks.LinkedMap> linkedMaps(long id) {
        return links.mapsLinkedTo(id);
    }

    /**
     * Personas newest first. {@code query}: part of the name (any case, yeh and kaf variants);
     * {@code segment}: a customer tag key; both optional. {@code limit} 1 to 200.
     */
    public Page<Persona> list(String query, String segment, String cursor, int limit) {
        Long before = cursor == null ? null : Cursors.decodeLong(cursor);
        String key = query == null || query.isBlank() ? null : PersianLetters.key(query);
        if (key != null && key.length() > 200) {
            throw InvalidInputException.of("q", "must be at most 200 characters");
        }
        if (segment != null && !Keys.isKey(segment)) {
            throw InvalidInputException.of("segment", "must be a customer tag key");
        }
        List<Persona> rows = personas.list(before, key, segment, limit + 1);
        boolean more = rows.size() > limit;
        List<Persona> items = more ? rows.subList(0, limit) : rows;
        return new Page<>(items, more ? Cursors.encode(Long.toString(items.get(items.size() - 1).id())) : null);
    }

    private Persona insert(PersonaDraft valid, String actor) {
        long id = personas.nextId();
        Instant now = clock.instant();
        personas.insert(id, valid, now, actor);
        auditLog.record("persona_created", "persona:" + id, "name=" + valid.name());
        return personas.find(id).orElseThrow();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Persona " + id);
    }
}
