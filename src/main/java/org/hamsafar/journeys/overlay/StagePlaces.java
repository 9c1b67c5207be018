package org.hamsafar.journeys.overlay;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hamsafar.actions.CasePlace;
import org.hamsafar.events.EventMatch;
import org.hamsafar.feedback.FeedbackPlace;
import org.hamsafar.journeys.maps.JourneyStage;
import org.hamsafar.journeys.maps.StageTouchpoint;
import org.hamsafar.text.TextPlace;

/**
 * A map's stages as each module asks about them: per stage (a scope, in stage order) the events its
 * touchpoints meet, the feedback places, the places texts are written and the places cases are
 * attributed to, all from the same touchpoints.
 */
record StagePlaces(List<List<EventMatch>> events, List<List<FeedbackPlace>> feedback, List<List<TextPlace>> texts,
                   List<List<CasePlace>> cases) {

    static StagePlaces of(List<JourneyStage> stages) {
        Set<String> claimed = claimedTouchpoints(stages);
        StagePlaces places = new StagePlaces(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (JourneyStage stage : stages) {
            List<EventMatch> events = new ArrayList<>();
            List<FeedbackPlace> answers = new ArrayList<>();
            List<TextPlace> written = new ArrayList<>();
            List<CasePlace> opened = new ArrayList<>();
            for (StageTouchpoint t : stage.touchpoints()) {
                events.add(new EventMatch(t.type(), t.channel(), t.touchpoint()));
                FeedbackPlace place = feedbackPlace(t, claimed);
                if (place != null) {
                    answers.add(place);
                }
                written.add(new TextPlace(t.channel(), t.type(), t.touchpoint(), place));
                opened.add(new CasePlace(t.channel(), t.type(), t.touchpoint(), place));
            }
            places.events().add(events);
            places.feedback().add(answers);
            places.texts().add(written);
            places.cases().add(opened);
        }
        return places;
    }

    /** The touchpoint keys at which some touchpoint of the map names a survey. */
    private static Set<String> claimedTouchpoints(List<JourneyStage> stages) {
        Set<String> claimed = new LinkedHashSet<>();
        stages.forEach(s -> s.touchpoints().stream().filter(t -> t.surveyId() != null && t.touchpoint() != null)
                .forEach(t -> claimed.add(t.touchpoint())));
        return claimed;
    }

    /**
     * Where a touchpoint's feedback comes from. A touchpoint that names a survey: that survey's
     * responses at its touchpoint key (or all of them, without a key). One that names none: every
     * response at its key, unless a touchpoint of the map names a survey at that key; then the named
     * surveys claim that key's responses for the touchpoints that name them (the demo's post-purchase
     * NPS is asked at "checkout", where the checkout stage's start also happens), and this touchpoint
     * collects none. Null when it collects none.
     */
    private static FeedbackPlace feedbackPlace(StageTouchpoint t, Set<String> claimed) {
        if (t.surveyId() != null) {
            return new FeedbackPlace(t.touchpoint(), t.surveyId());
        }
        if (t.touchpoint() == null || claimed.contains(t.touchpoint())) {
            return null;
        }
        return new FeedbackPlace(t.touchpoint(), null);
    }
}
