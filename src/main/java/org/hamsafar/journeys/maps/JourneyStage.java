package org.hamsafar.journeys.maps;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One stage of a journey map: its {@code id} (a key unique within the map, {@code [a-z0-9_]{1,40}}),
 * its {@code name} and its lanes, each a named property (see {@link JourneyLanes} for the keys and
 * their order per map type). Text lanes are lists of short texts (at most 50 items of at most 500
 * characters); {@code emotion} is the designed emotion from -2 (very negative) to +2 (very
 * positive), or null; {@code touchpoints} lists where the stage meets the customer. The blueprint
 * lanes {@code evidence}, {@code frontstage}, {@code backstage} and {@code support} are null on
 * maps that are not service blueprints (and then left out of the JSON). Other lists are never null.
 */
public record JourneyStage(String id, String name, List<String> customerGoals, List<String> actions,
                           List<StageTouchpoint> touchpoints, List<String> thoughts, Integer emotion, List<String> painPoints,
                           List<String> opportunities, List<String> owners, List<String> kpis,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<String> evidence,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<String> frontstage,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<String> backstage,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<String> support) {

    public JourneyStage {
        customerGoals = copy(customerGoals);
        actions = copy(actions);
        touchpoints = copy(touchpoints);
        thoughts = copy(thoughts);
        painPoints = copy(painPoints);
        opportunities = copy(opportunities);
        owners = copy(owners);
        kpis = copy(kpis);
        evidence = evidence == null ? null : copy(evidence);
        frontstage = frontstage == null ? null : copy(frontstage);
        backstage = backstage == null ? null : copy(backstage);
        support = support == null ? null : copy(support);
    }

    /** An empty stage; {@code blueprint}: whether it carries the (empty) blueprint lanes. */
    public static JourneyStage empty(String id, String name, boolean blueprint) {
        List<String> lane = blueprint ? List.of() : null;
        return new JourneyStage(id, name, null, null, null, null, null, null, null, null, null, lane, lane, lane, lane);
    }

    /**
     * The items of a text lane ({@link LaneKind#TEXT_LIST}) by its key; an empty list for a blueprint
     * lane this stage does not carry.
     *
     * @throws IllegalArgumentException for a key that is not a text lane
     */
    public List<String> textLane(String key) {
        List<String> items = switch (key) {
            case JourneyLanes.CUSTOMER_GOALS -> customerGoals;
            case JourneyLanes.ACTIONS -> actions;
            case JourneyLanes.THOUGHTS -> thoughts;
            case JourneyLanes.PAIN_POINTS -> painPoints;
            case JourneyLanes.OPPORTUNITIES -> opportunities;
            case JourneyLanes.OWNERS -> owners;
            case JourneyLanes.KPIS -> kpis;
            case JourneyLanes.EVIDENCE -> evidence;
            case JourneyLanes.FRONTSTAGE -> frontstage;
            case JourneyLanes.BACKSTAGE -> backstage;
            case JourneyLanes.SUPPORT -> support;
            default -> throw new IllegalArgumentException("Not a text lane: " + key);
        };
        return items == null ? List.of() : items;
    }

    /**
     * This stage with the text lane {@code key} replaced by {@code items}.
     *
     * @throws IllegalArgumentException for a key that is not a text lane
     */
    public JourneyStage withTextLane(String key, List<String> items) {
        return switch (key) {
            case JourneyLanes.CUSTOMER_GOALS -> new JourneyStage(id, name, items, actions, touchpoints, thoughts, emotion, painPoints,
                    opportunities, owners, kpis, evidence, frontstage, backstage, support);
            case JourneyLanes.ACTIONS -> new JourneyStage(id, name, customerGoals, items, touchpoints, thoughts, emotion, painPoints,
                    opportunities, owners, kpis, evidence, frontstage, backstage, support);
            case JourneyLanes.THOUGHTS -> new JourneyStage(id, name, customerGoals, actions, touchpoints, items, emotion, painPoints,
                    opportunities, owners, kpis, evidence, frontstage, backstage, support);
            case JourneyLanes.PAIN_POINTS -> new JourneyStage(id, name, customerGoals, actions, touchpoints, thoughts, emotion, items,
                    opportunities, owners, kpis, evidence, frontstage, backstage, support);
            case JourneyLanes.OPPORTUNITIES -> new JourneyStage(id, name, customerGoals, actions, touchpoints, thoughts, emotion,
                    painPoints, items, owners, kpis, evidence, frontstage, backstage, support);
            case JourneyLanes.OWNERS -> new JourneyStage(id, name, customerGoals, actions, touchpoints, thoughts, emotion, painPoints,
                    opportunities, items, kpis, evidence, frontstage, backstage, support);
            case JourneyLanes.KPIS -> new JourneyStage(id, name, customerGoals, actions, touchpoints, thoughts, emotion, painPoints,
                    opportunities, owners, items, evidence, frontstage, backstage, support);
            case JourneyLanes.EVIDENCE -> new JourneyStage(id, name, customerGoals, actions, touchpoints, thoughts, emotion, painPoints,
                    opportunities, owners, kpis, items, frontstage, backstage, support);
            case JourneyLanes.FRONTSTAGE -> new JourneyStage(id, name, customerGoals, actions, touchpoints, thoughts, emotion,
                    painPoints, opportunities, owners, kpis, evidence, items, backstage, support);
            case JourneyLanes.BACKSTAGE -> new JourneyStage(id, name, customerGoals, actions, touchpoints, thoughts, emotion,
                    painPoints, opportunities, owners, kpis, evidence, frontstage, items, support);
            case JourneyLanes.SUPPORT -> new JourneyStage(id, name, customerGoals, actions, touchpoints, thoughts, emotion, painPoints,
                    opportunities, owners, kpis, evidence, frontstage, backstage, items);
            default -> throw new IllegalArgumentException("Not a text lane: " + key);
        };
    }

    public JourneyStage withEmotion(Integer value) {
        return new JourneyStage(id, name, customerGoals, actions, touchpoints, thoughts, value, painPoints, opportunities, owners,
                kpis, evidence, frontstage, backstage, support);
    }

    public JourneyStage withTouchpoints(List<StageTouchpoint> value) {
        return new JourneyStage(id, name, customerGoals, actions, value, thoughts, emotion, painPoints, opportunities, owners, kpis,
                evidence, frontstage, backstage, support);
    }

    public JourneyStage withName(String value) {
        return new JourneyStage(id, value, customerGoals, actions, touchpoints, thoughts, emotion, painPoints, opportunities,
                owners, kpis, evidence, frontstage, backstage, support);
    }

    /** This stage with its blueprint lanes as empty lists ({@code blueprint}) or without them. */
    JourneyStage withBlueprintLanes(boolean blueprint) {
        return new JourneyStage(id, name, customerGoals, actions, touchpoints, thoughts, emotion, painPoints, opportunities, owners,
                kpis, lane(evidence, blueprint), lane(frontstage, blueprint), lane(backstage, blueprint), lane(support, blueprint));
    }

    private static List<String> lane(List<String> items, boolean keep) {
        return keep ? (items == null ? List.of() : items) : null;
    }

    /** An unmodifiable copy that, unlike {@link List#copyOf}, keeps null items for the rules to report. */
    private static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
