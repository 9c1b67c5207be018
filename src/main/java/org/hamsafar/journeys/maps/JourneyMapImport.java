package org.hamsafar.journeys.maps;

import java.util.List;
import org.hamsafar.shared.FieldProblem;

/**
 * What an import made: one entry per document, in order. {@code warnings} name what was left out,
 * such as the link to a survey that does not exist on this server (the field is the document's path).
 */
public record JourneyMapImport(List<Imported> imported) {

    /** One imported map: its new id, its persona (found by name or created), and the warnings. */
    public record Imported(int index, long id, String name, Long personaId, boolean personaCreated, List<FieldProblem> warnings) {
    }
}
