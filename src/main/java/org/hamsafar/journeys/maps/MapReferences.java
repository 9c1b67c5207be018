package org.hamsafar.journeys.maps;

import java.util.List;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.journeys.personas.JourneyInput;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.shared.FieldProblem;
import org.springframework.stereotype.Component;

/** Checks that the persona and the surveys a map names exist. */
@Component
class MapReferences {
    private final Personas personas;
    private final SurveyCatalog surveys;

    MapReferences(Personas personas, SurveyCatalog surveys) {
        this.personas = personas;
        this.surveys = surveys;
    }

    /** Adds a problem for an unknown persona or survey of {@code draft} (already checked by the rules). */
    void check(JourneyMapDraft draft, String parent, List<FieldProblem> problems) {
        if (draft.personaId() != null && draft.personaId() > 0 && !personas.exists(draft.personaId())) {
            problems.add(new FieldProblem(JourneyInput.path(parent, "personaId"), "no persona " + draft.personaId()));
        }
        List<JourneyStage> stages = draft.stages() == null ? List.of() : draft.stages();
        for (int s = 0; s < stages.size(); s++) {
            List<StageTouchpoint> touchpoints = stages.get(s).touchpoints();
            for (int t = 0; t < touchpoints.size(); t++) {
                Long surveyId = touchpoints.get(t).surveyId();
                if (surveyId != null && surveyId > 0 && surveys.find(surveyId).isEmpty()) {
                    problems.add(new FieldProblem(JourneyInput.path(parent, "stages[" + s + "].touchpoints[" + t + "].surveyId"),
                            "no survey " + surveyId));
                }
            }
        }
    }
}
