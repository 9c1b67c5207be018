package org.hamsafar.demo;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.journeys.maps.JourneyStage;
import org.hamsafar.journeys.maps.StageTouchpoint;

/** Writes one stage of a demo journey map lane by lane, as the map's author would fill it in. */
final class DemoStageBuilder {
    private final String id;
    private final String name;
    private final List<StageTouchpoint> touchpoints = new ArrayList<>();
    private List<String> goals = List.of();
    private List<String> actions = List.of();
    private List<String> thoughts = List.of();
    private Integer emotion;
    private List<String> pains = List.of();
    private List<String> opportunities = List.of();
    private List<String> owners = List.of();
    private List<String> kpis = List.of();
    private List<String> evidence = List.of();
    private List<String> frontstage = List.of();
    private List<String> backstage = List.of();
    private List<String> support = List.of();

    private DemoStageBuilder(String id, String name) {
        this.id = id;
        this.name = name;
    }

    static DemoStageBuilder stage(String id, String name) {
        return new DemoStageBuilder(id, name);
    }

    DemoStageBuilder goals(String... items) {
        goals = List.of(items);
        return this;
    }

    DemoStageBuilder actions(String... items) {
        actions = List.of(items);
        return this;
    }

    /** A touchpoint as the demo's events record it: channel, event type and touchpoint key. */
    DemoStageBuilder touch(String channel, String type, String touchpoint, String label) {
        touchpoints.add(new StageTouchpoint(channel, type, touchpoint, null, label));
        return this;
    }

    /** A touchpoint where a demo survey is asked. */
    DemoStageBuilder touch(String channel, String type, String touchpoint, long surveyId, String label) {
        touchpoints.add(new StageTouchpoint(channel, type, touchpoint, surveyId, label));
        return this;
    }

    DemoStageBuilder thoughts(String... items) {
        thoughts = List.of(items);
        return this;
    }

    DemoStageBuilder emotion(int value) {
        emotion = value;
        return this;
    }

    DemoStageBuilder pains(String... items) {
        pains = List.of(items);
        return this;
    }

    DemoStageBuilder opportunities(String... items) {
        opportunities = List.of(items);
        return this;
    }

    DemoStageBuilder owners(String... items) {
        owners = List.of(items);
        return this;
    }

    DemoStageBuilder kpis(String... items) {
        kpis = List.of(items);
        return this;
    }

    DemoStageBuilder evidence(String... items) {
        evidence = List.of(items);
        return this;
    }

    DemoStageBuilder frontstage(String... items) {
        frontstage = List.of(items);
        return this;
    }

    DemoStageBuilder backstage(String... items) {
        backstage = List.of(items);
        return this;
    }

    DemoStageBuilder support(String... items) {
        support = List.of(items);
        return this;
    }

    /** The stage; {@code blueprint}: whether it carries the blueprint lanes (service blueprints only). */
    JourneyStage build(boolean blueprint) {
        return new JourneyStage(id, name, goals, actions, touchpoints, thoughts, emotion, pains, opportunities, owners, kpis,
                blueprint ? evidence : null, blueprint ? frontstage : null, blueprint ? backstage : null, blueprint ? support : null);
    }
}
