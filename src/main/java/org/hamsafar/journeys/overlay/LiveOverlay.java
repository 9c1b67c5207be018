package org.hamsafar.journeys.overlay;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hamsafar.actions.PlaceCases;
import org.hamsafar.actions.TouchpointCases;
import org.hamsafar.customers.CustomerGroupings;
import org.hamsafar.customers.CustomerRelation;
import org.hamsafar.events.InteractionStages;
import org.hamsafar.events.InteractionStages.StageReach;
import org.hamsafar.feedback.MetricValue;
import org.hamsafar.feedback.PlaceFeedback;
import org.hamsafar.feedback.TouchpointFeedback;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.maps.JourneyStage;
import org.hamsafar.journeys.maps.StageTouchpoint;
import org.hamsafar.journeys.overlay.OverlayReport.Cases;
import org.hamsafar.journeys.overlay.OverlayReport.Emotion;
import org.hamsafar.journeys.overlay.OverlayReport.Feedback;
import org.hamsafar.journeys.overlay.OverlayReport.Score;
import org.hamsafar.journeys.overlay.OverlayReport.Segment;
import org.hamsafar.journeys.overlay.OverlayReport.Sentiment;
import org.hamsafar.journeys.overlay.OverlayReport.StageLive;
import org.hamsafar.journeys.overlay.OverlayReport.Topic;
import org.hamsafar.journeys.overlay.OverlayReport.TouchpointLive;
import org.hamsafar.journeys.personas.Persona;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.text.PlaceTexts;
import org.hamsafar.text.TouchpointTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Lays a period's live data over a journey map (see {@link OverlayReport} for the figures). A stage
 * is reached by an event that matches any of its touchpoints: the touchpoint's channel, and its event
 * type and touchpoint key when it names them. Four aggregate queries per map, each run by the module
 * that owns the facts: events ({@link InteractionStages}), feedback ({@link TouchpointFeedback}),
 * texts ({@link TouchpointTexts}) and cases ({@link TouchpointCases}); this class only combines
 * their per-stage rows.
 *
 * <p>Contacts, for repeat contacts, are events on the channels {@code hamsafar.journeys.overlay.contact-channels}
 * (default phone and chat: every interaction there is a conversation with the business) and events of the
 * types {@code hamsafar.journeys.overlay.contact-types} on any channel (default ticket_opened and
 * call_ended). E-mail and social channels are not contacts by default: there they are mostly campaign
 * e-mails opened and public reviews posted.
 */
@Service
public class LiveOverlay {
    /** Negative topics shown per stage. */
    static final int TOPICS = 5;

    private final JourneyMaps maps;
    private final Personas personas;
    private final CustomerGroupings groupings;
    private final InteractionStages stages;
    private final TouchpointFeedback feedback;
    private final TouchpointTexts texts;
    private final TouchpointCases cases;
    private final InteractionStages.Contacts contacts;

    LiveOverlay(JourneyMaps maps, Personas personas, CustomerGroupings groupings, InteractionStages stages, TouchpointFeedback feedback,
                TouchpointTexts texts, TouchpointCases cases,
                @Value("${hamsafar.journeys.overlay.contact-channels:phone,chat}") List<String> contactChannels,
                @Value("${hamsafar.journeys.overlay.contact-types:ticket_opened,call_ended}") List<String> contactTypes) {
        this.maps = maps;
        this.personas = personas;
        this.groupings = groupings;
        this.stages = stages;
        this.feedback = feedback;
        this.texts = texts;
        this.cases = cases;
        this.contacts = new InteractionStages.Contacts(keys(contactChannels), keys(contactTypes));
    }

    private static Set<String> keys(List<String> values) {
        Set<String> keys = new LinkedHashSet<>();
        values.stream().map(String::strip).filter(v -> !v.isEmpty()).forEach(keys::add);
        return keys;
    }

    /** @throws org.hamsafar.shared.NotFoundException when there is no map {@code id} */
    void requireMap(long id) {
        maps.get(id);
    }

    /** The map's latest version (or the one asked for); @throws org.hamsafar.shared.NotFoundException for an unknown map or version */
    JourneyMap map(OverlayQuery query) {
        return query.version() == null ? maps.get(query.mapId()) : maps.version(query.mapId(), query.version());
    }

    OverlayReport overlay(OverlayQuery query) {
        return overlay(map(query), query);
    }

    OverlayReport overlay(JourneyMap map, OverlayQuery query) {
        Segment segment = segment(map, query);
        CustomerRelation customers = segment == null ? null : groupings.bySegments(List.of(segment.tag()));
        List<JourneyStage> mapStages = map.stages();
        StagePlaces places = StagePlaces.of(mapStages);
        List<StageReach> reach = stages.reach(new InteractionStages.StageQuestion(places.events(), query.window(), query.from(),
                query.to(), customers, contacts));
        List<PlaceFeedback> given = feedback.at(places.feedback(), query.from(), query.to(), customers);
        List<PlaceTexts> written = texts.at(places.texts(), query.from(), query.to(), customers, TOPICS);
        List<PlaceCases> opened = cases.at(places.cases(), query.from(), query.to(), query.window(), customers);
        List<StageLive> live = new ArrayList<>();
        for (int k = 0; k < mapStages.size(); k++) {
            // Conversion needs a next stage that can be reached: one that names touchpoints.
            boolean last = k == mapStages.size() - 1 || mapStages.get(k + 1).touchpoints().isEmpty();
            live.add(stage(mapStages.get(k), k, last, reach.get(k), given.get(k), written.get(k), opened.get(k)));
        }
        OverlayReport.MapInfo info = new OverlayReport.MapInfo(map.id(), map.name(), map.type().key(), map.version(), map.latestVersion(),
                map.personaId(), map.persona() == null ? null : map.persona().name());
        return new OverlayReport(info, query.from(), query.to(), isoWindow(query.window()), segment, List.copyOf(live),
                PainPointFlags.of(live));
    }

    /** The segment asked for, else the persona's when asked to use it and it has one, else none. */
    private Segment segment(JourneyMap map, OverlayQuery query) {
        if (query.segment() != null) {
            return new Segment(query.segment(), Segment.REQUEST);
        }
        if (query.personaSegment() && map.personaId() != null) {
            String tag = personas.find(map.personaId()).map(Persona::segment).orElse(null);
            if (tag != null && !tag.isBlank()) {
                return new Segment(tag, Segment.PERSONA);
            }
        }
        return null;
    }

    /** {@code last}: no next stage to convert to (the map's last, or the next names no touchpoint). */
    private static StageLive stage(JourneyStage stage, int index, boolean last, StageReach reach, PlaceFeedback given, PlaceTexts written,
                                   PlaceCases opened) {
        List<TouchpointLive> touchpoints = new ArrayList<>();
        for (int j = 0; j < stage.touchpoints().size(); j++) {
            StageTouchpoint t = stage.touchpoints().get(j);
            InteractionStages.MatchCount count = reach.matches().get(j);
            touchpoints.add(new TouchpointLive(t.channel(), t.type(), t.touchpoint(), t.surveyId(), t.label(), count.customers(),
                    count.events()));
        }
        Long reachedNext = null;
        Double conversion = null;
        Long dropOff = null;
        Double dropOffRate = null;
        Double median = null;
        if (!last) {
            reachedNext = reach.reachedNext();
            dropOff = reach.customers() - reach.reachedNext();
            if (reach.customers() > 0) {
                conversion = (double) reach.reachedNext() / reach.customers();
                dropOffRate = 1 - conversion;
            }
            median = reach.medianSecondsToNext();
        }
        StageEmotion.Actual actual = StageEmotion.of(given, written);
        List<Topic> topics = written.negativeTopics().stream()
                .map(t -> new Topic(t.key(), t.labelFa(), t.labelEn(), t.negativeMentions(), t.mentions())).toList();
        return new StageLive(stage.id(), stage.name(), index, !stage.touchpoints().isEmpty(), reach.customers(), reachedNext, conversion,
                median, dropOff, dropOffRate, List.copyOf(touchpoints),
                new Feedback(given.responses(), score(given.nps()), score(given.csat()), score(given.ces())),
                new Sentiment(written.texts(), written.meanScore(), written.positive(), written.neutral(), written.negative()), topics,
                new Cases(opened.opened(), opened.open(), opened.slaBreached()), reach.repeatContactCustomers(),
                new Emotion(stage.emotion(), actual.value(), StageEmotion.gap(actual.value(), stage.emotion()), actual.moments()));
    }

    private static Score score(MetricValue value) {
        return new Score(value.n(), value.value(), value.ciLow(), value.ciHigh());
    }

    /** The window in ISO-8601, in whole days when it is (P7D rather than PT168H). */
    static String isoWindow(java.time.Duration window) {
        return window.toSeconds() % 86_400 == 0 && window.getNano() == 0 ? "P" + window.toDays() + "D" : window.toString();
    }
}
