package org.hamsafar.journeys.personas;

import java.util.List;

/**
 * What links to personas (journey maps), asked before a persona is deleted. Implemented where the
 * links live, so that this package does not depend on them.
 */
public interface PersonaLinks {

    /** A map whose latest version names the persona. */
    record LinkedMap(long id, String name) {
    }

    /** The maps whose latest version names the persona, by id. */
    List<LinkedMap> mapsLinkedTo(long personaId);

    /**
     * Unlinks the persona from every map whose latest version names it (a new version of each map,
     * without persona). Runs inside the caller's write transaction.
     */
    void unlink(long personaId);
}
