package org.hamsafar.journeys.overlay;

import java.time.Instant;
import java.util.List;

/**
 * Live data of one journey map version over {@code [from, to)}: per stage in map order, and the
 * stages flagged as pain points. {@code window} is the ISO-8601 window (e.g. P7D) within which the
 * next stage and a repeat contact count; {@code segment} is null when everyone counts.
 */
public record OverlayReport(MapInfo map, Instant from, Instant to, String window, Segment segment, List<StageLive> stages,
                            List<PainPoint> painPoints) {

    /** The map and version laid over; the linked persona's name, or null. */
    public record MapInfo(long id, String name, String type, int version, int latestVersion, Long personaId, String personaName) {
    }

    /** Whose data: customers tagged {@code tag}, chosen by the request or taken from the persona ({@code source}). */
    public record Segment(String tag, String source) {
        static final String REQUEST = "request";
        static final String PERSONA = "persona";
    }

    /**
     * One stage. {@code tracked}: whether it names any touchpoint (an untracked stage is reached by
     * nobody). {@code customers}: distinct customers who reached it in the period. For every stage but
     * the last: {@code reachedNext} of them reached the next stage within the window after their
     * first reach of this one, {@code conversionToNext} = reachedNext / customers (0..1; null over
     * nobody), {@code dropOff} = customers - reachedNext and {@code dropOffRate} = 1 - conversion;
     * {@code medianSecondsToNext} over those who went on. These are null for the last stage and for a
     * stage whose next stage names no touchpoint.
     */
    public record StageLive(String id, String name, int index, boolean tracked, long customers, Long reachedNext,
                            Double conversionToNext, Double medianSecondsToNext, Long dropOff, Double dropOffRate,
                            List<TouchpointLive> touchpoints, Feedback feedback, Sentiment sentiment, List<Topic> negativeTopics,
                            Cases cases, long repeatContacts, Emotion emotion) {
    }

    /** A touchpoint of the stage as the map names it, with the distinct customers and events that matched it in the period. */
    public record TouchpointLive(String channel, String type, String touchpoint, Long surveyId, String label, long customers,
                                 long events) {
    }

    /** Survey responses given at the stage, with NPS (-100..100), CSAT (0..100 per cent) and CES (mean 1..7). */
    public record Feedback(long responses, Score nps, Score csat, Score ces) {
    }

    /** A score over {@code n} answers with its 95% interval; value and bounds null without answers (CES bounds: below 2). */
    public record Score(long n, Double value, Double ciLow, Double ciHigh) {
    }

    /** Analysed texts written at the stage: how many, their mean sentiment (-1..1, null without texts) and labels. */
    public record Sentiment(long texts, Double mean, long positive, long neutral, long negative) {
    }

    /** A topic mentioned negatively at the stage: its key and labels (null if removed from the taxonomy), and mentions. */
    public record Topic(String key, String labelFa, String labelEn, long negativeMentions, long mentions) {
    }

    /** Cases opened in the period attributed to the stage, still open, and with an SLA breach. */
    public record Cases(long opened, long open, long slaBreached) {
    }

    /**
     * The designed emotion (-2..2, or null), the actual one on the same scale (null without moments),
     * their {@code gap} (actual - designed) and the number of {@code moments} (scored answers and
     * analysed texts) behind the actual one.
     */
    public record Emotion(Integer designed, Double actual, Double gap, long moments) {
    }

    /**
     * A stage flagged as a pain point: {@code kind} is drop_off (value: the drop-off rate 0..1,
     * count: customers lost), sentiment (value: the mean sentiment, count: texts), repeat_contacts
     * (value and count: customers who contacted again) or sla_breaches (value and count: cases).
     */
    public record PainPoint(String kind, String stageId, String stageName, int stageIndex, double value, long count) {
        static final String DROP_OFF = "drop_off";
        static final String SENTIMENT = "sentiment";
        static final String REPEAT_CONTACTS = "repeat_contacts";
        static final String SLA_BREACHES = "sla_breaches";
    }
}
