package org.hamsafar.journeys.personas;

import java.util.List;
import java.util.stream.Collectors;
import org.hamsafar.shared.ConflictException;

/** A persona that journey maps still link to cannot be deleted without {@code force} (409, code {@code persona_in_use}). */
public class PersonaInUseException extends ConflictException {
    private final transient List<PersonaLinks.LinkedMap> maps;

    PersonaInUseException(long personaId, List<PersonaLinks.LinkedMap> maps) {
        super("persona_in_use", "Persona " + personaId + " is linked to " + maps.size() + (maps.size() == 1 ? " journey map: " : " journey maps: ")
                + maps.stream().map(m -> m.id() + " (" + m.name() + ")").collect(Collectors.joining(", "))
                + ". Link those maps to another persona first, or delete with force=true to unlink them.");
        this.maps = List.copyOf(maps);
    }

    /** The maps that link to the persona, by id. */
    public List<PersonaLinks.LinkedMap> maps() {
        return maps;
    }
}
