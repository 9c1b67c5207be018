package org.hamsafar.journeys.maps;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lanes of each map type, in the order an editor or a printable view shows them from top to
 * bottom. Current-state, future-state and day-in-the-life maps have the customer's lanes (goals,
 * actions, touchpoints, thoughts, emotion) then the insights (pain points, opportunities, owners,
 * KPIs). A service blueprint puts the physical evidence on top, the customer's lanes below it, then
 * the line of interaction, the frontstage, the line of visibility, the backstage, the line of
 * internal interaction and the support processes, and the insights last.
 */
public final class JourneyLanes {
    public static final String CUSTOMER_GOALS = "customerGoals";
    public static final String ACTIONS = "actions";
    public static final String TOUCHPOINTS = "touchpoints";
    public static final String THOUGHTS = "thoughts";
    public static final String EMOTION = "emotion";
    public static final String PAIN_POINTS = "painPoints";
    public static final String OPPORTUNITIES = "opportunities";
    public static final String OWNERS = "owners";
    public static final String KPIS = "kpis";
    public static final String EVIDENCE = "evidence";
    public static final String FRONTSTAGE = "frontstage";
    public static final String BACKSTAGE = "backstage";
    public static final String SUPPORT = "support";

    /** The lanes only service blueprints have. */
    public static final List<String> BLUEPRINT_ONLY = List.of(EVIDENCE, FRONTSTAGE, BACKSTAGE, SUPPORT);

    private static final List<JourneyLane> EXPERIENCE = List.of(
            text(CUSTOMER_GOALS, LaneSection.CUSTOMER), text(ACTIONS, LaneSection.CUSTOMER),
            new JourneyLane(TOUCHPOINTS, LaneKind.TOUCHPOINTS, LaneSection.CUSTOMER, null), text(THOUGHTS, LaneSection.CUSTOMER),
            new JourneyLane(EMOTION, LaneKind.EMOTION, LaneSection.CUSTOMER, null));
    private static final List<JourneyLane> INSIGHTS = List.of(text(PAIN_POINTS, LaneSection.INSIGHTS),
            text(OPPORTUNITIES, LaneSection.INSIGHTS), text(OWNERS, LaneSection.INSIGHTS), text(KPIS, LaneSection.INSIGHTS));
    private static final List<JourneyLane> MAP = concat(EXPERIENCE, INSIGHTS);
    private static final List<JourneyLane> BLUEPRINT = blueprint();

    private JourneyLanes() {
    }

    /** The lanes of {@code type}, top to bottom. */
    public static List<JourneyLane> forType(JourneyMapType type) {
        return type.isBlueprint() ? BLUEPRINT : MAP;
    }

    /** The lane {@code key} of {@code type}, if that type has it. */
    public static Optional<JourneyLane> lane(JourneyMapType type, String key) {
        return forType(type).stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** The keys of the text lanes of {@code type}, top to bottom. */
    public static List<String> textLanes(JourneyMapType type) {
        return forType(type).stream().filter(l -> l.kind() == LaneKind.TEXT_LIST).map(JourneyLane::key).toList();
    }

    /** Every lane key any type has (a stage's properties besides id and name). */
    public static Set<String> allKeys() {
        Set<String> keys = new LinkedHashSet<>();
        BLUEPRINT.forEach(l -> keys.add(l.key()));
        return keys;
    }

    private static List<JourneyLane> blueprint() {
        List<JourneyLane> lanes = new ArrayList<>();
        lanes.add(text(EVIDENCE, LaneSection.CUSTOMER));
        for (int i = 0; i < EXPERIENCE.size(); i++) {
            JourneyLane lane = EXPERIENCE.get(i);
            boolean last = i == EXPERIENCE.size() - 1;
            lanes.add(last ? new JourneyLane(lane.key(), lane.kind(), lane.section(), BlueprintLine.INTERACTION) : lane);
        }
        lanes.add(new JourneyLane(FRONTSTAGE, LaneKind.TEXT_LIST, LaneSection.FRONTSTAGE, BlueprintLine.VISIBILITY));
        lanes.add(new JourneyLane(BACKSTAGE, LaneKind.TEXT_LIST, LaneSection.BACKSTAGE, BlueprintLine.INTERNAL_INTERACTION));
        lanes.add(text(SUPPORT, LaneSection.SUPPORT));
        lanes.addAll(INSIGHTS);
        return List.copyOf(lanes);
    }

    private static JourneyLane text(String key, LaneSection section) {
        return new JourneyLane(key, LaneKind.TEXT_LIST, section, null);
    }

    private static List<JourneyLane> concat(List<JourneyLane> a, List<JourneyLane> b) {
        List<JourneyLane> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
