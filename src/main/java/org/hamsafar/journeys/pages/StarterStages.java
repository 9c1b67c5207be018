package org.hamsafar.journeys.pages;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyStage;

/**
 * The stages a new map starts with, by type, named in the page's language. Current- and
 * future-state maps share stage ids (discover, choose, buy, receive, get_help), so that a future
 * state drawn from scratch still lines up with the current state when compared; a day in the life
 * runs through the day; a service blueprint starts with request, delivery and follow-up.
 */
final class StarterStages {
    private StarterStages() {
    }

    /** The stage ids of {@code type}'s starter stages; their names are messages {@code journeys.map.starter.<id>}. */
    static List<String> ids(JourneyMapType type) {
        return switch (type) {
            case CURRENT_STATE, FUTURE_STATE -> List.of("discover", "choose", "buy", "receive", "get_help");
            case DAY_IN_THE_LIFE -> List.of("morning", "midday", "afternoon", "evening");
            case SERVICE_BLUEPRINT -> List.of("request", "delivery", "follow_up");
        };
    }

    static List<JourneyStage> of(JourneyMapType type, java.util.function.Function<String, String> names) {
        List<JourneyStage> stages = new ArrayList<>();
        for (String id : ids(type)) {
            stages.add(JourneyStage.empty(id, names.apply(id), type.isBlueprint()));
        }
        return stages;
    }

    /**
     * Another map's stages for a new map of {@code type}: everything is kept, except that a service
     * blueprint's evidence, frontstage, backstage and support lanes are left out of other types.
     */
    static List<JourneyStage> copiedFor(List<JourneyStage> stages, JourneyMapType type) {
        boolean blueprint = type.isBlueprint();
        return stages.stream().map(s -> new JourneyStage(s.id(), s.name(), s.customerGoals(), s.actions(), s.touchpoints(), s.thoughts(),
                s.emotion(), s.painPoints(), s.opportunities(), s.owners(), s.kpis(), blueprint ? s.textLane("evidence") : null,
                blueprint ? s.textLane("frontstage") : null, blueprint ? s.textLane("backstage") : null,
                blueprint ? s.textLane("support") : null)).toList();
    }
}
